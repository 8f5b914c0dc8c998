#include "fontwarmup.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#define ZADIG_HAVE_FONTCONFIG_WARMUP 1
#endif

namespace zadig {

FontWarmUp::FontWarmUp()
{
#ifdef ZADIG_HAVE_FONTCONFIG_WARMUP
    using FcInitFunction = int (*)();
    // fontconfig is thread-safe: should Qt reach FcInit first anyway, each call is still safe.
    if (const auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(RTLD_DEFAULT, "FcInit")))
        m_thread = std::thread([fcInit] { fcInit(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace zadig
