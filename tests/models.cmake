# Tests of the item models and the version repository (no widgets).
zadig_add_test(tst_versionsmodel LIBS zadig_models)
zadig_add_test(tst_deliverablesmodel LIBS zadig_models)
# The version repository in simulated time, against the simulator.
zadig_add_test(tst_versionrepository LIBS zadig_models zadig_simulator)
# The release manifest and the comparison of two versions, with their exports.
zadig_add_test(tst_imageref LIBS zadig_models)
zadig_add_test(tst_manifest LIBS zadig_models)
zadig_add_test(tst_versioncompare LIBS zadig_models)
zadig_add_test(tst_comparemodel LIBS zadig_models)
# The versions pager against the simulator: the list shrinking, a version gone, a search.
zadig_add_test(tst_versionspager LIBS zadig_models zadig_simulator)
# The whole-project search against the simulator: every page, bounded, cancel, duplicates.
zadig_add_test(tst_projectsearch LIBS zadig_models zadig_simulator)
# The create wizards' rules (SemVer, image references, error-to-page): no widgets needed.
zadig_add_test(tst_wizardrules LIBS zadig_models)
# The disk cache of settled details: round trips, bounds, isolation, hostile and broken files.
zadig_add_test(tst_detaildiskcache LIBS zadig_models)
# Versions shipping an image against the simulator: found, bounded, the disk cache's second run.
zadig_add_test(tst_imagesearch LIBS zadig_models zadig_simulator)
