#pragma once

#include <string>
#include <string_view>

namespace vpcsynth {

// ASCII case folding. CloudFormation names, protocols, ARNs and IAM actions compare case-blind in
// ASCII only; std::tolower would also follow the C locale, which no template should depend on.

/// `c` in lower case when it is an ASCII capital, else `c` itself.
constexpr char asciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `text` with every ASCII capital in lower case.
std::string asciiLowercase(std::string_view text);

/// True when `a` and `b` differ at most in the case of ASCII letters.
bool equalIgnoringAsciiCase(std::string_view a, std::string_view b);

}  // namespace vpcsynth
