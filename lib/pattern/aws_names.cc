#include "pattern/aws_names.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/ascii.h"

namespace vpcsynth {
namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return isLower(c) || isUpper(c); }
bool isAlnum(char c) { return isLetter(c) || isDigit(c); }

// The first character of `name` outside `allowed`, described for a message.
template <typename Allowed>
std::optional<std::string> firstDisallowed(std::string_view name, Allowed allowed) {
  auto bad = std::find_if_not(name.begin(), name.end(), allowed);
  if (bad == name.end()) return std::nullopt;
  return fmt::format("'{}' contains '{}', which is not allowed", name, *bad);
}

std::optional<std::string> checkLength(std::string_view name, std::size_t min, std::size_t max) {
  if (name.size() < min || name.size() > max) {
    return fmt::format("'{}' must be {}-{} characters long, not {}", name, min, max, name.size());
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> checkClusterIdentifier(std::string_view name) {
  if (auto error = checkLength(name, 1, 63)) return error;
  if (auto error =
          firstDisallowed(name, [](char c) { return isLower(c) || isDigit(c) || c == '-'; }))
    return *error + " (use lowercase letters, digits and hyphens)";
  if (!isLower(name.front())) return fmt::format("'{}' must start with a lowercase letter", name);
  if (name.back() == '-') return fmt::format("'{}' must not end with a hyphen", name);
  if (name.find("--") != std::string_view::npos) {
    return fmt::format("'{}' must not contain two hyphens in a row", name);
  }
  return std::nullopt;
}

std::optional<std::string> checkServerlessName(std::string_view name) {
  if (auto error = checkLength(name, 3, 64)) return error;
  if (auto error =
          firstDisallowed(name, [](char c) { return isLower(c) || isDigit(c) || c == '-'; }))
    return *error + " (use lowercase letters, digits and hyphens)";
  return std::nullopt;
}

std::optional<std::string> checkFunctionName(std::string_view name) {
  if (auto error = checkLength(name, 1, 64)) return error;
  if (auto error = firstDisallowed(name, [](char c) { return isAlnum(c) || c == '-' || c == '_'; }))
    return *error + " (use letters, digits, hyphens and underscores)";
  return std::nullopt;
}

std::optional<std::string> checkParameterPath(std::string_view name) {
  if (auto error = checkLength(name, 2, 1011)) return error;
  if (name.front() != '/') return fmt::format("'{}' must start with '/'", name);
  if (auto error = firstDisallowed(
          name, [](char c) { return isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '/'; }))
    return *error + " (use letters, digits and _.-/)";
  if (name.back() == '/' || name.find("//") != std::string_view::npos) {
    return fmt::format("'{}' has an empty level", name);
  }
  if (std::count(name.begin(), name.end(), '/') > 15) {
    return fmt::format("'{}' has more than 15 levels", name);
  }
  const std::string firstLevel = asciiLowercase(name.substr(1, name.find('/', 1) - 1));
  if (firstLevel.rfind("aws", 0) == 0 || firstLevel.rfind("ssm", 0) == 0) {
    return fmt::format("'{}' starts with a reserved prefix ('aws' or 'ssm')", name);
  }
  return std::nullopt;
}

std::optional<std::string> checkDatabaseName(std::string_view name) {
  if (auto error = checkLength(name, 1, 64)) return error;
  if (auto error = firstDisallowed(
          name, [](char c) { return isLower(c) || isDigit(c) || c == '_' || c == '$'; }))
    return *error + " (use lowercase letters, digits, '_' and '$')";
  if (!isLower(name.front()) && name.front() != '_') {
    return fmt::format("'{}' must start with a lowercase letter or '_'", name);
  }
  return std::nullopt;
}

std::optional<std::string> checkMasterUsername(std::string_view name) {
  if (auto error = checkLength(name, 1, 128)) return error;
  if (auto error = firstDisallowed(name, isAlnum)) return *error + " (use letters and digits)";
  if (!isLetter(name.front())) return fmt::format("'{}' must start with a letter", name);
  return std::nullopt;
}

std::optional<std::string> checkBucketName(std::string_view name) {
  if (auto error = checkLength(name, 3, 63)) return error;
  if (auto error = firstDisallowed(
          name, [](char c) { return isLower(c) || isDigit(c) || c == '.' || c == '-'; }))
    return *error + " (use lowercase letters, digits, dots and hyphens)";
  if (!isAlnum(name.front()) || !isAlnum(name.back())) {
    return fmt::format("'{}' must start and end with a letter or digit", name);
  }
  return std::nullopt;
}

std::optional<std::string> checkKmsKeyArn(std::string_view arn) {
  // arn:partition:kms:region:account:key/id
  std::string_view parts[6];
  std::string_view rest = arn;
  for (int i = 0; i < 5; ++i) {
    std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos) break;
    parts[i] = rest.substr(0, colon);
    rest.remove_prefix(colon + 1);
  }
  parts[5] = rest;
  const bool valid = parts[0] == "arn" && parts[1].rfind("aws", 0) == 0 && parts[2] == "kms" &&
                     !parts[3].empty() && parts[4].size() == 12 &&
                     std::all_of(parts[4].begin(), parts[4].end(), isDigit) &&
                     parts[5].rfind("key/", 0) == 0 && parts[5].size() > 4;
  if (!valid) {
    return fmt::format("'{}' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>)", arn);
  }
  return std::nullopt;
}

std::optional<std::string> checkHostName(std::string_view name) {
  if (auto error = checkLength(name, 1, 253)) return error;
  if (auto error = firstDisallowed(name, [](char c) { return isAlnum(c) || c == '-' || c == '.'; }))
    return *error + " (a host name has letters, digits, hyphens and dots)";
  if (name.front() == '.' || name.back() == '.' || name.find("..") != std::string_view::npos) {
    return fmt::format("'{}' has an empty label", name);
  }
  return std::nullopt;
}

}  // namespace vpcsynth
