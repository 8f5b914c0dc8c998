# Tests of the create-version wizards, the retry flow and the repository's polling.
zadig_add_test(tst_k8swizard LIBS zadig_views zadig_simulator)
zadig_add_test(tst_helmwizard LIBS zadig_views zadig_simulator)
zadig_add_test(tst_wizardv2 LIBS zadig_views zadig_simulator)
zadig_add_test(tst_retry LIBS zadig_views zadig_simulator)
zadig_add_test(tst_poller LIBS zadig_models zadig_simulator)
