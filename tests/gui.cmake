# GUI tests: real widgets offscreen, against the in-process simulator over HTTP.
zadig_add_test(tst_mainwindow LIBS zadig_views zadig_simulator)
# Search All Versions in the real window: every page, paging off and back, cancel.
zadig_add_test(tst_searchall LIBS zadig_views zadig_simulator)
zadig_add_test(tst_afterpaint LIBS zadig_views)
zadig_add_test(tst_icons LIBS zadig_views)
# The detail pane and its YAML viewer, offscreen, with no server behind them.
zadig_add_test(tst_yamlviewer LIBS zadig_views)
zadig_add_test(tst_detailpane LIBS zadig_views)
# Export and compare dialogs, against the in-process simulator over HTTP.
zadig_add_test(tst_exportdialog LIBS zadig_views zadig_simulator)
zadig_add_test(tst_comparedialog LIBS zadig_views zadig_simulator)
zadig_add_test(tst_exportwiring LIBS zadig_views zadig_simulator)
# The versions table sorts by raw values (time, status, progress), not by the text shown.
zadig_add_test(tst_versionsort LIBS zadig_views)
# The window's layout between runs, under the keys earlier versions wrote.
zadig_add_test(tst_windowlayout LIBS zadig_views)
# "Show Log…" of a failed 4.x/5.x image, and its absence elsewhere (issue 16).
zadig_add_test(tst_logaction LIBS zadig_views zadig_simulator)
# "Tell me when it is done": notices through a recording notifier (issue 16).
zadig_add_test(tst_notify LIBS zadig_views zadig_simulator)
