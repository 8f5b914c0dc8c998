# The zadig-desk executable as users run it: --check, --help, --version.
zadig_add_test(tst_cli LIBS zadig_simulator Qt6::Network)
target_compile_definitions(tst_cli PRIVATE ZADIG_DESK_BINARY="$<TARGET_FILE:zadig-desk>")
add_dependencies(tst_cli zadig-desk)
