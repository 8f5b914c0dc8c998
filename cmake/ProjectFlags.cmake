# One INTERFACE target carries every project-wide flag; every target links it.
add_library(zadig_flags INTERFACE)
add_library(Zadig::Flags ALIAS zadig_flags)

target_compile_features(zadig_flags INTERFACE cxx_std_20)

target_compile_definitions(zadig_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    # Qt 6.7+: forbids connect() without a context object. Harmless before.
    QT_NO_CONTEXTLESS_CONNECT
    ZADIG_VERSION_STRING="${PROJECT_VERSION}")

option(ZADIG_WERROR "Treat compiler warnings as errors" OFF)
option(ZADIG_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(MSVC)
    target_compile_options(zadig_flags INTERFACE /W4 /permissive- /utf-8)
    if(ZADIG_WERROR)
        target_compile_options(zadig_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(zadig_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wformat=2)
    if(ZADIG_WERROR)
        target_compile_options(zadig_flags INTERFACE -Werror)
    endif()
    # Hardening for release builds.
    target_compile_options(zadig_flags INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2> -fstack-protector-strong)
    if(ZADIG_SANITIZE)
        target_compile_options(zadig_flags INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(zadig_flags INTERFACE -fsanitize=address,undefined)
    endif()
endif()
