# Tests of the simulator (simulator/): over real HTTP on 127.0.0.1, and the zadig-sim executable.
zadig_add_test(tst_simulator LIBS zadig_simulator Qt6::Network)
zadig_add_test(tst_simcli LIBS Qt6::Network)
target_compile_definitions(tst_simcli PRIVATE ZADIG_SIM_BINARY="$<TARGET_FILE:zadig-sim>")
add_dependencies(tst_simcli zadig-sim)
# The simulator as Zadig 4.x/5.x: every generation's answers, against tests/data/v2_*.json.
zadig_add_test(tst_simv2 LIBS zadig_simulator Qt6::Network)
