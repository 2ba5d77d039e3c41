#include "lint/report_locations.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>

#include "lint/resource_spans.h"

namespace vpcsynth::lint {
namespace {

namespace fs = std::filesystem;

// The part of `path` below `root` ('/'-separated), or nothing when it is not below it.
std::optional<std::string> below(const fs::path& path, const fs::path& root) {
  const fs::path relative = path.lexically_relative(root);
  if (relative.empty()) return std::nullopt;
  const std::string text = relative.generic_string();
  if (text == ".." || text.starts_with("../")) return std::nullopt;
  return text;
}

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void hashField(std::uint64_t& hash, std::string_view field) {
  for (char c : field) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  // A separator that no field contains, so that ("ab", "c") and ("a", "bc") differ.
  hash ^= 0xffU;
  hash *= kFnvPrime;
}

}  // namespace

ReportedPath reportedPath(std::string_view fileName, std::string_view root) {
  const fs::path name(fileName);
  // Without a root, relative names count as inside and absolute ones as outside.
  if (root.empty() && name.is_absolute())
    return ReportedPath{{}, name.lexically_normal().generic_string()};
  const fs::path rootPath = root.empty() ? fs::path("/") : fs::path(root).lexically_normal();
  const fs::path absolute = (name.is_absolute() ? name : rootPath / name).lexically_normal();
  if (auto inside = below(absolute, rootPath)) return ReportedPath{*inside, {}};
  std::error_code error;
  const fs::path resolved = fs::weakly_canonical(absolute, error);
  const fs::path resolvedRoot = fs::weakly_canonical(rootPath, error);
  if (!error) {
    if (auto inside = below(resolved, resolvedRoot)) return ReportedPath{*inside, {}};
  }
  return ReportedPath{{}, absolute.generic_string()};
}

std::string uriEncodePath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || std::string_view("-._~/").find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
    }
  }
  return out;
}

std::string withoutPositions(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  std::size_t i = 0;
  while (i < message.size()) {
    const std::string_view rest = message.substr(i);
    std::size_t word = 0;
    if (rest.starts_with("line ")) word = 5;
    if (rest.starts_with("column ")) word = 7;
    if (word != 0 && word < rest.size() && std::isdigit(static_cast<unsigned char>(rest[word]))) {
      out += rest.substr(0, word);
      out += 'N';
      i += word;
      while (i < message.size() && std::isdigit(static_cast<unsigned char>(message[i]))) ++i;
      continue;
    }
    out += message[i++];
  }
  return out;
}

std::vector<std::string> findingFingerprints(const std::vector<FileReport>& reports,
                                             std::string_view root) {
  std::vector<std::string> fingerprints;
  std::map<std::uint64_t, std::size_t> seen;
  for (const FileReport& report : reports) {
    const ReportedPath path = reportedPath(report.fileName, root);
    const std::string_view shownPath = path.relative.empty() ? path.absolute : path.relative;
    for (const Diagnostic& finding : report.findings) {
      std::uint64_t hash = kFnvOffset;
      hashField(hash, finding.ruleId);
      hashField(hash, shownPath);
      hashField(hash, resourceAt(report.resources, finding.position));
      hashField(hash, withoutPositions(finding.message));
      const std::size_t ordinal = seen[hash]++;
      if (ordinal > 0) hashField(hash, std::to_string(ordinal));
      fingerprints.push_back(fmt::format("{:016x}", hash));
    }
  }
  return fingerprints;
}

}  // namespace vpcsynth::lint
