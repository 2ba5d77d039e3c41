#include "lint_inputs.h"

#include <fnmatch.h>
#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace vpcsynth::cli {
namespace {

namespace fs = std::filesystem;

bool hasTemplateExtension(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml" || extension == ".json" ||
         extension == ".template";
}

// The template files below `directory`, sorted.
std::vector<std::string> walk(const fs::path& directory, std::optional<std::string>& error) {
  std::vector<std::string> found;
  std::error_code code;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                      code);
  for (; !code && it != fs::recursive_directory_iterator(); it.increment(code)) {
    if (it->is_regular_file(code) && hasTemplateExtension(it->path())) {
      found.push_back(it->path().string());
    }
  }
  if (code) error = directory.string() + ": " + code.message();
  std::sort(found.begin(), found.end());
  return found;
}

bool isPattern(const std::string& argument) {
  return argument.find_first_of("*?[") != std::string::npos;
}

// A pattern with `**`: walks from the directory before the first wildcard and matches whole
// paths, where `*` also crosses `/`.
std::vector<std::string> matchRecursive(const std::string& pattern) {
  const std::size_t wildcard = pattern.find_first_of("*?[");
  const std::size_t slash = pattern.rfind('/', wildcard);
  const std::string root = slash == std::string::npos ? "." : pattern.substr(0, slash + 1);
  std::vector<std::string> matches;
  std::error_code code;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, code);
  for (; !code && it != fs::recursive_directory_iterator(); it.increment(code)) {
    if (!it->is_regular_file(code)) continue;
    std::string path = it->path().string();
    if (slash == std::string::npos && path.starts_with("./")) path.erase(0, 2);
    if (fnmatch(pattern.c_str(), path.c_str(), 0) == 0) matches.push_back(path);
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

std::vector<std::string> matchPattern(const std::string& pattern) {
  if (pattern.find("**") != std::string::npos) return matchRecursive(pattern);
  std::vector<std::string> matches;
  glob_t found{};
  if (glob(pattern.c_str(), 0, nullptr, &found) == 0) {
    for (std::size_t i = 0; i < found.gl_pathc; ++i) matches.emplace_back(found.gl_pathv[i]);
  }
  globfree(&found);
  return matches;
}

}  // namespace

std::vector<LintInput> expandLintInputs(const std::vector<std::string>& arguments) {
  std::vector<LintInput> inputs;
  std::set<std::string> seen;
  const auto addFile = [&](const std::string& path) {
    if (seen.insert(path).second) inputs.push_back(LintInput{path, std::nullopt});
  };
  const auto addPath = [&](const std::string& path) {
    std::error_code code;
    if (fs::is_directory(path, code)) {
      std::optional<std::string> error;
      for (const std::string& file : walk(path, error)) addFile(file);
      if (error) inputs.push_back(LintInput{path, error});
    } else {
      addFile(path);
    }
  };
  for (const std::string& argument : arguments) {
    std::error_code code;
    if (argument == "-" || fs::exists(argument, code) || !isPattern(argument)) {
      addPath(argument);
      continue;
    }
    std::vector<std::string> matches = matchPattern(argument);
    if (matches.empty()) {
      inputs.push_back(LintInput{argument, "no file matches this pattern"});
    }
    for (const std::string& match : matches) addPath(match);
  }
  return inputs;
}

}  // namespace vpcsynth::cli
