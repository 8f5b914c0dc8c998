# Install layout and packages for the three desktop platforms.
#
# Included from the top-level CMakeLists.txt *before* add_subdirectory(app), because
# app/CMakeLists.txt calls zadig_setup_app_target() while it is read. CPack itself is configured
# by a deferred call at the end of the top-level directory, when every target exists.
#
#   Linux:   cmake --install -> bin/, share/applications, share/metainfo, share/icons/hicolor;
#            cpack -> .deb (Depends from dpkg-shlibdeps) and .tar.gz. Qt comes from the system.
#   macOS:   zadig-desk.app (Info.plist names it "Zadig Desk"; Qt 6.4's deploy script breaks on a
#            bundle name with a space) with the .icns; Qt deployed into it by
#            macdeployqt through Qt's deploy script; cpack -> .dmg (DragNDrop).
#   Windows: zadig-desk.exe with icon and version resource; Qt deployed by windeployqt;
#            cpack -> NSIS installer (WiX is configured too).
include_guard(GLOBAL)
include(GNUInstallDirs)

# The one reverse-DNS id: .desktop and metainfo file names, icon name, macOS bundle id.
# Keep it in step with packaging/linux/ and resources/icons/ (the files carry it in their names).
set(ZADIG_APP_ID "io.github.zadigdesk.ZadigDesk")
set(ZADIG_DISPLAY_NAME "Zadig Desk")
set(ZADIG_VENDOR "The Zadig Desk developers")
set(ZADIG_COPYRIGHT "Copyright (C) 2026 The Zadig Desk developers")
set(ZADIG_PACKAGE_MAINTAINER "The Zadig Desk developers <zadig-desk@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the .deb and the installers")

# Functions run in the caller's directory: remember where the sources are while we know it.
set(ZADIG_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}/../packaging")
cmake_path(NORMAL_PATH ZADIG_PACKAGING_DIR)
set(ZADIG_ICONS_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources/icons")
cmake_path(NORMAL_PATH ZADIG_ICONS_DIR)
set(ZADIG_ICON_SIZES 16 24 32 48 64 128 256)

# A Linux build links the distribution's Qt: deploying Qt libraries into a .deb would be wrong.
# Windows and macOS packages must carry Qt with them.
if(WIN32 OR APPLE)
    set(_zadig_deploy_default ON)
else()
    set(_zadig_deploy_default OFF)
endif()
option(ZADIG_DEPLOY_QT "Copy the Qt libraries and plugins into the installation"
    ${_zadig_deploy_default})

# Makes `target` the desktop application: GUI subsystem, bundle, icons, version resource,
# desktop integration files and (where wanted) Qt deployment. Installs the target itself,
# because the Qt deploy script must run after the executable is installed.
function(zadig_setup_app_target target)
    if(NOT TARGET ${target})
        message(FATAL_ERROR "zadig_setup_app_target: no target named '${target}'")
    endif()
    set_property(GLOBAL PROPERTY ZADIG_APP_TARGET ${target})

    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name ${target})
    endif()
    set(ZADIG_BUNDLE_EXECUTABLE ${output_name})

    set_target_properties(${target} PROPERTIES
        WIN32_EXECUTABLE ON
        MACOSX_BUNDLE ON)

    if(WIN32)
        set(ZADIG_ICO_FILE "${ZADIG_ICONS_DIR}/app.ico")
        set(rc_file "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
        configure_file("${ZADIG_PACKAGING_DIR}/windows/zadig-desk.rc.in" "${rc_file}" @ONLY)
        target_sources(${target} PRIVATE "${rc_file}")
    elseif(APPLE)
        set(icns "${ZADIG_ICONS_DIR}/app.icns")
        set(ZADIG_BUNDLE_ICON "app.icns")
        # Leave the key out rather than guess: the binary's own minimum (LC_BUILD_VERSION)
        # applies anyway, and it follows the Qt in use.
        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(ZADIG_PLIST_MIN_SYSTEM "\n    <key>LSMinimumSystemVersion</key>\n    <string>${CMAKE_OSX_DEPLOYMENT_TARGET}</string>")
        else()
            set(ZADIG_PLIST_MIN_SYSTEM "")
        endif()
        set(plist "${CMAKE_CURRENT_BINARY_DIR}/${target}-Info.plist")
        configure_file("${ZADIG_PACKAGING_DIR}/macos/Info.plist.in" "${plist}" @ONLY)
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" TARGET_DIRECTORY ${target}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${plist}"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${ZADIG_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "${ZADIG_DISPLAY_NAME}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
    endif()

    install(TARGETS ${target}
        BUNDLE DESTINATION .
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

    if(UNIX AND NOT APPLE)
        install(FILES "${ZADIG_PACKAGING_DIR}/linux/${ZADIG_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES "${ZADIG_PACKAGING_DIR}/linux/${ZADIG_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES "${ZADIG_ICONS_DIR}/${ZADIG_APP_ID}.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
        foreach(size IN LISTS ZADIG_ICON_SIZES)
            install(FILES "${ZADIG_ICONS_DIR}/hicolor/${size}x${size}/apps/${ZADIG_APP_ID}.png"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        # Debian policy: the licence in /usr/share/doc/<package>/copyright, machine-readable.
        set(_zadig_copyright "${CMAKE_CURRENT_BINARY_DIR}/copyright")
        string(REGEX REPLACE "^Copyright \\(C\\) " "" _zadig_holders "${ZADIG_COPYRIGHT}")
        file(WRITE "${_zadig_copyright}"
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: zadig-desk\n"
            "Source: ${PROJECT_HOMEPAGE_URL}\n\n"
            "Files: *\n"
            "Copyright: ${_zadig_holders}\n"
            "License: Apache-2.0\n"
            " On Debian systems the full text of the Apache License, version 2.0, is in\n"
            " /usr/share/common-licenses/Apache-2.0.\n")
        install(FILES "${_zadig_copyright}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/zadig-desk)
    endif()

    if(ZADIG_DEPLOY_QT)
        _zadig_install_qt_deploy_script(${target})
    endif()
endfunction()

function(_zadig_install_qt_deploy_script target)
    if(Qt6_VERSION VERSION_LESS 6.3)
        message(WARNING "ZADIG_DEPLOY_QT needs Qt 6.3 or newer; Qt is not deployed.")
        return()
    endif()
    # Qt 6.4 deploys only on Windows and macOS; Linux support came with 6.5.
    if(NOT (WIN32 OR APPLE) AND Qt6_VERSION VERSION_LESS 6.5)
        message(WARNING "Qt ${Qt6_VERSION} cannot deploy itself on this platform; "
            "ZADIG_DEPLOY_QT is ignored (packages will depend on the system's Qt).")
        return()
    endif()
    _zadig_deploy_qt_for(${target})
    # zadig-cli lives beside zadig-desk in bin/ on Windows and Linux and needs the same Qt
    # (already installed: app/CMakeLists.txt defines and installs it before zadig-desk). On macOS
    # it stays outside the bundle, undeployed (packaging/README.md).
    if(TARGET zadig-cli AND NOT APPLE)
        _zadig_deploy_qt_for(zadig-cli)
    endif()
endfunction()

# Debian's Qt 6.8 ships no Qt6GuiPlugins.cmake nor Qt6NetworkPlugins.cmake and skips the other
# modules' plugin packages, so Qt's deploy script would know no plugin at all (no platform, no
# TLS backend). Load each module's plugin packages the way those files do, where they did not.
function(_zadig_load_qt_plugin_packages)
    foreach(module IN ITEMS Gui Network Widgets)
        get_target_property(known Qt6::${module} _qt_plugins)
        if(known OR NOT Qt6${module}_DIR)
            continue()
        endif()
        file(GLOB configs "${Qt6${module}_DIR}/Qt6*PluginConfig.cmake")
        set(plugins "")
        foreach(config IN LISTS configs)
            string(REGEX REPLACE "^.*/Qt6(.*Plugin)Config[.]cmake$" "\\1" plugin "${config}")
            # Only a plugin whose library is installed: Debian packages some (the GTK theme,
            # say) apart from the CMake files that name them, and a missing one stops CMake.
            file(GLOB locations "${Qt6${module}_DIR}/Qt6${plugin}Targets-*.cmake")
            set(library "")
            if(locations)
                list(GET locations 0 location_file)
                file(STRINGS "${location_file}" library REGEX "IMPORTED_LOCATION_[A-Z]+ ")
                string(REGEX REPLACE "^.*\"[$][{]_IMPORT_PREFIX[}](.*)\".*$"
                    "${QT6_INSTALL_PREFIX}\\1" library "${library}")
            endif()
            if(NOT library OR NOT EXISTS "${library}")
                continue()
            endif()
            include("${config}")
            if(TARGET Qt6::${plugin})
                list(APPEND plugins ${plugin})
            endif()
        endforeach()
        set_property(TARGET Qt6::${module} PROPERTY _qt_plugins ${plugins})
    endforeach()
endfunction()

function(_zadig_deploy_qt_for target)
    set(extra "")
    if(NOT (WIN32 OR APPLE))
        _zadig_load_qt_plugin_packages()
        # Of the platform plugins Qt deploys only the default one (xcb); offscreen is what
        # `--check` and headless servers use.
        foreach(plugin IN ITEMS QOffscreenIntegrationPlugin QMinimalIntegrationPlugin)
            if(TARGET Qt6::${plugin})
                qt_import_plugins(${target} INCLUDE Qt6::${plugin})
            endif()
        endforeach()
        # DT_RPATH, not DT_RUNPATH: it also finds the bundle's lib/ for the libraries' own
        # dependencies (QtKeychain needs QtDBus), which a RUNPATH on the executable does not.
        target_link_options(${target} PRIVATE "LINKER:--disable-new-dtags")
        # A Linux bundle (Qt 6.5+) carries Qt and the libraries a desktop cannot be counted on to
        # have in that version (ICU, double-conversion, md4c, QtKeychain, ...), and takes from
        # the system what every desktop has and must match its own drivers and display server:
        # the C and C++ runtimes, OpenGL/EGL, X11/xcb/Wayland, fontconfig/freetype, GLib, D-Bus,
        # libproxy (whose backend it finds in a folder of its own).
        # OpenSSL is never linked: Qt's TLS plugin loads the system's at run time.
        # Qt's own default would copy the C library too when Qt lives in /usr.
        # Qt writes these into its deploy script as bare words: no parentheses, no backslashes.
        set(extra POST_EXCLUDE_REGEXES
            "/ld-linux[^/]*$" "/libc[.]so" "/libm[.]so" "/libdl[.]so" "/librt[.]so"
            "/libpthread[.]so" "/libresolv[.]so" "/libutil[.]so" "/libmvec[.]so"
            "/libstdc[+][+][.]so" "/libgcc_s[.]so"
            "/libGL[^/]*[.]so" "/libEGL[.]so" "/libOpenGL[.]so" "/libgbm[.]so" "/libdrm[.]so"
            "/libX[^/]*[.]so" "/libxcb[^/]*[.]so" "/libxkbcommon[^/]*[.]so" "/libwayland-[^/]*[.]so"
            "/libfontconfig[.]so" "/libfreetype[.]so" "/libg[a-z]*-2[.]0[.]so"
            "/libdbus-1[.]so" "/libz[.]so" "/libexpat[.]so" "/libssl[.]so" "/libcrypto[.]so"
            "/libproxy[.]so" "/libpxbackend")
    endif()
    # 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT and warns about the old name.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target}
            OUTPUT_SCRIPT deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR
            ${extra})
    else()
        qt_generate_deploy_app_script(TARGET ${target}
            FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${deploy_script}")
endfunction()

# Whether `target` links, directly or through the project's own libraries, a library whose name
# matches `regex`. By name, because imported targets found in a subdirectory are not visible here.
function(_zadig_links_library target regex out_var)
    set(found OFF)
    set(pending ${target})
    set(seen "")
    while(pending AND NOT found)
        list(POP_FRONT pending current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(imported ${current} IMPORTED)
        if(imported)
            continue()
        endif()
        get_target_property(libs ${current} LINK_LIBRARIES)
        get_target_property(interface_libs ${current} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS libs interface_libs)
            if(lib MATCHES "${regex}")
                set(found ON)
            elseif(TARGET ${lib})
                list(APPEND pending ${lib})
            endif()
        endforeach()
    endwhile()
    set(${out_var} ${found} PARENT_SCOPE)
endfunction()

# Linux .deb runtime dependencies when dpkg-shlibdeps is not there to compute them (a build on a
# non-Debian host). Package names are Debian 12's (checked with dpkg -S on the libraries).
function(_zadig_fallback_deb_depends out_var)
    set(depends libc6 libstdc++6 libgcc-s1
        "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)"
        "libqt6network6 (>= 6.4)" "libqt6httpserver6 (>= 6.4)")
    get_property(app GLOBAL PROPERTY ZADIG_APP_TARGET)
    if(app)
        _zadig_links_library(${app} "[Kk]eychain" links_keychain)
        if(links_keychain)
            list(APPEND depends libqt6keychain1)
        endif()
    endif()
    list(JOIN depends ", " joined)
    set(${out_var} "${joined}" PARENT_SCOPE)
endfunction()

# A macro, not a function: CPack reads its variables from the top-level directory scope.
macro(_zadig_configure_cpack)
    get_property(_zadig_app_target GLOBAL PROPERTY ZADIG_APP_TARGET)
    if(NOT _zadig_app_target)
        message(AUTHOR_WARNING "zadig_setup_app_target() was never called: packages will lack "
            "the desktop entry, icons and (Windows/macOS) the Qt libraries.")
    endif()

    set(CPACK_PACKAGE_NAME "zadig-desk")
    set(CPACK_PACKAGE_VENDOR "${ZADIG_VENDOR}")
    set(CPACK_PACKAGE_CONTACT "${ZADIG_PACKAGE_MAINTAINER}")
    set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for Zadig delivery versions")
    # For Debian the long description follows the summary; keep lines short and plain.
    set(CPACK_PACKAGE_DESCRIPTION
        "Zadig Desk is a desktop client for the delivery versions (release\n"
        "management) of Zadig, the open-source CI/CD platform: list and search\n"
        "versions, inspect their deliverables, create Kubernetes YAML and Helm chart\n"
        "versions, and follow a version while it is built and pushed.")
    string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
    set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "${ZADIG_DISPLAY_NAME}")
    set(CPACK_PACKAGE_EXECUTABLES "zadig-desk" "${ZADIG_DISPLAY_NAME}")
    set(CPACK_PACKAGE_CHECKSUM SHA256)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_STRIP_FILES ON)
    set(CPACK_VERBATIM_VARIABLES ON)
    set(CPACK_SOURCE_GENERATOR TGZ)
    set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "\\.swp$")

    if(NOT CPACK_GENERATOR)
        if(WIN32)
            set(CPACK_GENERATOR NSIS)
        elseif(APPLE)
            set(CPACK_GENERATOR DragNDrop)
        else()
            set(CPACK_GENERATOR DEB TGZ)
        endif()
    endif()

    # --- Debian -------------------------------------------------------------------------
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION devel)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The xcb/wayland platform plugins are loaded at run time, so no linker dependency finds
    # them; without them the app aborts with "could not find the Qt platform plugin".
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # CPack runs `file` on every installed file before dpkg-shlibdeps, and stops when it is
    # missing (a minimal Debian has dpkg-dev without file): both, or the fallback list.
    find_program(ZADIG_DPKG_SHLIBDEPS dpkg-shlibdeps)
    find_program(ZADIG_FILE_PROGRAM file)
    mark_as_advanced(ZADIG_DPKG_SHLIBDEPS ZADIG_FILE_PROGRAM)
    if(ZADIG_DPKG_SHLIBDEPS AND ZADIG_FILE_PROGRAM)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    else()
        _zadig_fallback_deb_depends(_zadig_deb_depends)
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${_zadig_deb_depends}")
    endif()
    # Qt's own strings (standard dialogs, buttons) in Chinese.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

    # --- macOS --------------------------------------------------------------------------
    set(CPACK_DMG_VOLUME_NAME "${ZADIG_DISPLAY_NAME}")
    set(CPACK_DMG_FORMAT UDBZ)
    if(APPLE)
        set(CPACK_PACKAGE_ICON "${ZADIG_ICONS_DIR}/app.icns")
    endif()

    # --- Windows ------------------------------------------------------------------------
    file(TO_NATIVE_PATH "${ZADIG_ICONS_DIR}/app.ico" _zadig_native_ico)
    set(CPACK_NSIS_PACKAGE_NAME "${ZADIG_DISPLAY_NAME}")
    set(CPACK_NSIS_DISPLAY_NAME "${ZADIG_DISPLAY_NAME}")
    set(CPACK_NSIS_MUI_ICON "${_zadig_native_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${_zadig_native_ico}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\zadig-desk.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "zadig-desk.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${ZADIG_PACKAGE_MAINTAINER}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ZadigDesk")
    # WiX: the upgrade code must never change, or upgrades install side by side.
    set(CPACK_WIX_UPGRADE_GUID "863F3F92-B2DE-4743-BA42-72F6C9DC792B")
    set(CPACK_WIX_PRODUCT_ICON "${ZADIG_ICONS_DIR}/app.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "${ZADIG_DISPLAY_NAME}")

    include(CPack)
endmacro()

cmake_language(DEFER CALL _zadig_configure_cpack)
