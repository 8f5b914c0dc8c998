# Tests of the Zadig client (models/api).
zadig_add_test(tst_decode LIBS zadig_api)
zadig_add_test(tst_encode LIBS zadig_api)
zadig_add_test(tst_errors LIBS zadig_api)
zadig_add_test(tst_client LIBS zadig_api zadig_simulator)
zadig_add_test(tst_plainhttp LIBS zadig_api)
# Zadig 4.x/5.x (issue 12): decoding/encoding without a network, the client against canned answers.
zadig_add_test(tst_decodev2 LIBS zadig_api)
zadig_add_test(tst_clientv2 LIBS zadig_api Qt6::Network)
