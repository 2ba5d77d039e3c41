#include "lint/rule_help.h"

#include <vector>

namespace vpcsynth::lint {
namespace {

std::vector<std::string_view> linesOf(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return lines;
}

bool isBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool isAbsolute(std::string_view target) {
  return target.find("://") != std::string_view::npos || target.starts_with("mailto:");
}

}  // namespace

std::string ruleRationale(std::string_view page) {
  std::string paragraph;
  bool inWhy = false;
  for (std::string_view line : linesOf(page)) {
    if (line.starts_with("## ")) {
      if (inWhy && !paragraph.empty()) break;
      inWhy = line == "## Why";
      continue;
    }
    if (!inWhy) continue;
    if (isBlank(line)) {
      if (!paragraph.empty()) break;
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line.substr(line.find_first_not_of(" \t"));
  }
  return paragraph;
}

std::string resolveLink(std::string_view target, std::string_view pageUrl) {
  if (target.empty() || isAbsolute(target)) return std::string(target);
  if (target.starts_with('#')) return std::string(pageUrl) + std::string(target);
  std::string_view base = pageUrl.substr(0, pageUrl.rfind('/') + 1);  // keeps the final '/'
  const std::size_t root = base.find("://");
  const std::size_t authorityEnd = root == std::string_view::npos ? 0 : base.find('/', root + 3);
  while (target.starts_with("../") || target.starts_with("./")) {
    if (target.starts_with("./")) {
      target.remove_prefix(2);
      continue;
    }
    target.remove_prefix(3);
    // Drop the last directory of the base, never past the host.
    const std::size_t previous = base.rfind('/', base.size() - 2);
    if (previous != std::string_view::npos && previous >= authorityEnd) {
      base = base.substr(0, previous + 1);
    }
  }
  return std::string(base) + std::string(target);
}

std::string ruleHelpMarkdown(std::string_view page, std::string_view pageUrl) {
  std::string out;
  bool started = false;
  for (std::string_view line : linesOf(page)) {
    if (!started && (line.starts_with("# ") || isBlank(line))) continue;
    started = true;
    // Rewrites each `](target)` of the line; code spans and blocks in the pages hold none.
    std::size_t at = 0;
    while (true) {
      const std::size_t open = line.find("](", at);
      const std::size_t close = open == std::string_view::npos ? open : line.find(')', open + 2);
      if (close == std::string_view::npos) {
        out += line.substr(at);
        break;
      }
      out += line.substr(at, open + 2 - at);
      out += resolveLink(line.substr(open + 2, close - open - 2), pageUrl);
      out += ')';
      at = close + 1;
    }
    out += '\n';
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace vpcsynth::lint
