// Result<T>: a value or an ApiError (GCC 12 has no std::expected).
#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace zadig {

template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const ApiError &error() const { return std::get<1>(m_data); }

    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries nothing ({"message":"success"}).
struct Done
{
};

} // namespace zadig
