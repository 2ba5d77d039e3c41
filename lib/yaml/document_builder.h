#pragma once

#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model/value.h"
#include "yaml/long_flow_keys.h"

namespace vpcsynth {

/// Thrown from inside the yaml-cpp parser to stop reading at once (too deep, second document).
/// The diagnostic explaining why has already been recorded.
struct StopReading {};

/// Turns yaml-cpp parse events into a `Value`, recognising both forms of the intrinsic
/// functions and recording each problem as a diagnostic. Anchors and aliases are refused, so
/// nothing is ever expanded and no alias bomb or cycle can form.
class DocumentBuilder : public YAML::EventHandler {
 public:
  /// `inserted`: the `? ` indicators added before long JSON keys, so that positions name the
  /// columns of the text as given.
  DocumentBuilder(const std::string* file, std::size_t maxDepth,
                  std::vector<InsertedIndicator> inserted = {});

  std::optional<Value> takeDocument() { return std::move(document_); }
  Diagnostics& diagnostics() { return diagnostics_; }
  /// Position of the opening quote of the last quoted scalar, for the unclosed-quote check.
  const std::optional<Position>& lastQuotedScalar() const { return lastQuotedScalar_; }

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override;
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override;

  Position positionOf(const YAML::Mark& mark) const;
  void report(std::string_view rule, std::string message, Position position);

 private:
  // A collection being filled; for a mapping, `pendingKey` waits for its value.
  struct Frame {
    Value collection;
    std::string tag;
    std::optional<std::string> pendingKey;
    Position pendingKeyPosition;
  };

  void refuseAnchor(const YAML::Mark& mark, YAML::anchor_t anchor);
  void openCollection(Value collection, const std::string& tag);
  Value applyTag(Value value, const std::string& tag, bool plain);
  void add(Value value);
  void addNull(const YAML::Mark& mark);

  const std::string* file_;
  std::size_t maxDepth_;
  std::vector<InsertedIndicator> inserted_;
  int documents_ = 0;
  std::vector<Frame> stack_;
  std::optional<Value> document_;
  Diagnostics diagnostics_;
  std::optional<Position> lastQuotedScalar_;
};

}  // namespace vpcsynth
