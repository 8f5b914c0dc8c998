# The zadig-desk executable as users run it: --check, --help, --version.
zadig_add_test(tst_cli LIBS zadig_simulator Qt6::Network)
target_compile_definitions(tst_cli PRIVATE ZADIG_DESK_BINARY="$<TARGET_FILE:zadig-desk>")
add_dependencies(tst_cli zadig-desk)

# The real start-up, in process: the Desk main() runs, the real connection dialog, the real
# application loop.
zadig_add_test(tst_startup LIBS zadig_app)

# The built zadig-desk started as the desktop menu starts it, on a private Xvfb, driven with
# xdotool.
zadig_add_test(tst_desktoprun LIBS zadig_simulator Qt6::Network)
target_compile_definitions(tst_desktoprun PRIVATE ZADIG_DESK_BINARY="$<TARGET_FILE:zadig-desk>")
add_dependencies(tst_desktoprun zadig-desk)

# zadig-cli as a pipeline runs it: every subcommand against the simulator of 2.3-3.4 and 5.x.
zadig_add_test(tst_zadigcli LIBS zadig_simulator Qt6::Network)
target_compile_definitions(tst_zadigcli PRIVATE ZADIG_CLI_BINARY="$<TARGET_FILE:zadig-cli>")
add_dependencies(tst_zadigcli zadig-cli)
