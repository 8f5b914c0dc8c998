# Tests of the Zadig client (models/api).
zadig_add_test(tst_decode LIBS zadig_api)
zadig_add_test(tst_encode LIBS zadig_api)
zadig_add_test(tst_errors LIBS zadig_api)
# TLS trust rules (CAs, pins, fingerprints) without a server.
zadig_add_test(tst_tlspolicy LIBS zadig_api)
zadig_add_test(tst_client LIBS zadig_api zadig_simulator)
zadig_add_test(tst_plainhttp LIBS zadig_api)
# Zadig 4.x/5.x (issue 12): decoding/encoding without a network, the client against canned answers.
zadig_add_test(tst_decodev2 LIBS zadig_api)
zadig_add_test(tst_clientv2 LIBS zadig_api Qt6::Network)
# The client against the simulator of each generation over real HTTP: detection, list, detail,
# retry and delete, with no request of another generation's shape reaching the server.
zadig_add_test(tst_generations LIBS zadig_api zadig_simulator Qt6::Network)
zadig_add_test(tst_deliverylog LIBS zadig_api zadig_simulator Qt6::Network)
