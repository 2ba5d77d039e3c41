#pragma once

// Both YAML parsers' events written down one per line, to hold the common-subset parser
// (yaml/common_yaml.h) to exactly what yaml-cpp reads.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "yaml/common_yaml.h"

namespace vpcsynth::testing {

class YamlEventLog : public YAML::EventHandler {
 public:
  std::string text;

  void OnDocumentStart(const YAML::Mark&) override { text += "document\n"; }
  void OnDocumentEnd() override { text += "end document\n"; }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    line("null", mark, "", anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    line("alias", mark, "", anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    line("scalar", mark, tag, anchor);
    text += "  [" + value + "]\n";
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    line("sequence", mark, tag, anchor);
  }
  void OnSequenceEnd() override { text += "end sequence\n"; }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    line("mapping", mark, tag, anchor);
  }
  void OnMapEnd() override { text += "end mapping\n"; }

 private:
  void line(std::string_view what, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    std::ostringstream out;
    out << what << ' ' << mark.line << ':' << mark.column << '@' << mark.pos << " tag=" << tag
        << " anchor=" << anchor << '\n';
    text += out.str();
  }
};

/// yaml-cpp's events for the first document of `text`, or nothing when it throws.
inline std::optional<std::string> yamlCppEvents(std::string_view text) {
  std::istringstream stream{std::string(text)};
  YamlEventLog log;
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(log);
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  return log.text;
}

/// The common-subset parser's events, or nothing when the text leaves the subset.
inline std::optional<std::string> commonYamlEvents(std::string_view text) {
  YamlEventLog log;
  if (!parseCommonYaml(text, log)) return std::nullopt;
  return log.text;
}

}  // namespace vpcsynth::testing
