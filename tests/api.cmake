# Tests of the Zadig client (models/api).
zadig_add_test(tst_decode LIBS zadig_api)
zadig_add_test(tst_encode LIBS zadig_api)
zadig_add_test(tst_errors LIBS zadig_api)
zadig_add_test(tst_client LIBS zadig_api zadig_simulator)
zadig_add_test(tst_plainhttp LIBS zadig_api)
