# Tests of the create-version wizards, the retry flow and the progress poller.
zadig_add_test(tst_wizardlogic LIBS zadig_views)
zadig_add_test(tst_poller LIBS zadig_models zadig_simulator)
