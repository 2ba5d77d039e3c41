#pragma once

#include <string_view>

namespace vpcsynth {

/// What a security change does to access, judged by containment against the other template.
enum class Access : unsigned char {
  /// Allows what was not allowed before (or denies less).
  Broadening,
  /// Allows less than before (or denies more).
  Narrowing,
  /// Declared differently, but what it allows or denies was (or stays) allowed or denied anyway.
  Unchanged,
};

/// "broadening", "narrowing" or "unchanged", as the reports write it.
constexpr std::string_view accessName(Access access) {
  switch (access) {
    case Access::Broadening: return "broadening";
    case Access::Narrowing: return "narrowing";
    case Access::Unchanged: break;
  }
  return "unchanged";
}

}  // namespace vpcsynth
