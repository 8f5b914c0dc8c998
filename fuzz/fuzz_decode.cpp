// One libFuzzer target: the decoder named by ZADIG_FUZZ_DECODER (decode::versionPage, ...) or,
// without it, the HTTP error mapping (errorFromHttp), fed arbitrary bytes as a server's answer.
// Whatever comes in, the result is a value or a BadResponse, never a crash, a sanitizer report or a
// hang. Built by fuzz/CMakeLists.txt, run by scripts/fuzz.sh.
#include "api/decode.h"
#include "api/errors.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

// Touch the error texts too: they are built from what the server sent.
void check(const ApiError &error)
{
    if (error.message().isEmpty() || ApiError::kindName(error.kind).isEmpty())
        std::abort();
}

template<typename T>
void check(const Result<T> &result)
{
    if (!result.ok()) {
        if (result.error().kind != ApiError::Kind::BadResponse)
            std::abort(); // decoding fails only one way
        check(result.error());
    }
}

#ifndef ZADIG_FUZZ_DECODER
void errorFromHttpTarget(const QByteArray &input)
{
    // The first byte picks a status and a path, the rest is the body.
    static constexpr std::array statuses = {400, 401, 403, 404, 409, 500, 502, 503};
    const auto pick = input.isEmpty() ? 0 : static_cast<unsigned char>(input.at(0));
    const QString path =
        (pick & 0x80) != 0 ? u"/openapi/delivery/releases/abc"_s : u"/openapi/environments"_s;
    const ApiError error = errorFromHttp(statuses[pick % statuses.size()], input.mid(1), path);
    check(error);
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef ZADIG_FUZZ_DECODER
    check(decode::fromBytes(input, decode::ZADIG_FUZZ_DECODER));
#else
    errorFromHttpTarget(input);
#endif
    return 0;
}
