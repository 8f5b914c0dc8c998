# Issue 6: the client and the main window against servers that misbehave on purpose, the
# decoders against a wrong type in every field, and every crash input the fuzzers found.
zadig_add_test(tst_hostile LIBS zadig_api Qt6::Network)
target_compile_definitions(tst_hostile PRIVATE
    ZADIG_FUZZ_SEEDS_DIR="${PROJECT_SOURCE_DIR}/fuzz/seeds")
zadig_add_test(tst_hostilegui LIBS zadig_views zadig_simulator)
