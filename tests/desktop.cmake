# Connections, secrets and TLS: HTTPS against the simulator with throwaway certificates, the
# saved connections and the dialogs around them, and the token kept out of settings and logs.
zadig_add_test(tst_tls LIBS zadig_api zadig_models zadig_simulator)
# The one store of saved connections: written through, announced, read by the next start.
zadig_add_test(tst_connectionstore LIBS zadig_models)
zadig_add_test(tst_connections LIBS zadig_views zadig_simulator)
target_compile_definitions(tst_connections PRIVATE ZADIG_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# The real TokenStore (QtKeychain) is compiled in: the test is about what it does without a keychain.
find_package(Qt6Keychain REQUIRED)
zadig_add_test(tst_secrets
    SOURCES ${PROJECT_SOURCE_DIR}/app/tokenstore.h ${PROJECT_SOURCE_DIR}/app/tokenstore.cpp
    LIBS zadig_views zadig_simulator Qt6Keychain::Qt6Keychain)
target_include_directories(tst_secrets PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_secrets PRIVATE ZADIG_DESK_BINARY="$<TARGET_FILE:zadig-desk>")
add_dependencies(tst_secrets zadig-desk)
