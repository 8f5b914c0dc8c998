# Connections, secrets and TLS: HTTPS against the simulator with throwaway certificates, the
# saved connections and the dialogs around them, and the token kept out of settings and logs.
zadig_add_test(tst_tls LIBS zadig_api zadig_simulator)
