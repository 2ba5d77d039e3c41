#include <fmt/format.h>

#include <algorithm>

#include "cost/cost_text.h"
#include "diff/cost_section.h"
#include "diff/diff_report.h"
#include "diff/value_text.h"

namespace vpcsynth {
namespace {

constexpr std::size_t kValueWidth = 100;

enum class Colour { Green, Red, Yellow, Bold, BoldRed };

class TextReport {
 public:
  TextReport(const TemplateDiff& diff, const DiffReportOptions& options)
      : diff_(diff), options_(options) {}

  std::string render() {
    writeSummary();
    if (options_.summaryOnly || diff_.empty()) return std::move(out_);
    writeCost();
    for (const SectionEntryChange& change : diff_.sections) {
      if (change.section != "Outputs") writeSectionChange(change);
    }
    writeRuleTable();
    writeStatementTable();
    writeResources();
    for (const SectionEntryChange& change : diff_.sections) {
      if (change.section == "Outputs") writeSectionChange(change);
    }
    return std::move(out_);
  }

 private:
  std::string paint(std::string_view text, Colour colour) const {
    if (!options_.color) return std::string(text);
    std::string_view code;
    switch (colour) {
      case Colour::Green: code = "32"; break;
      case Colour::Red: code = "31"; break;
      case Colour::Yellow: code = "33"; break;
      case Colour::Bold: code = "1"; break;
      case Colour::BoldRed: code = "1;31"; break;
    }
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }

  std::string marker(ChangeKind kind) const {
    switch (kind) {
      case ChangeKind::Added: return paint("[+]", Colour::Green);
      case ChangeKind::Removed: return paint("[-]", Colour::Red);
      case ChangeKind::Modified: break;
    }
    return paint("[~]", Colour::Yellow);
  }

  std::string impactNote(Impact impact, bool destructive) const {
    if (impact == Impact::None && !destructive) return std::string();
    std::string note;
    if (impact != Impact::None) note = std::string(impactName(impact));
    if (destructive) note += note.empty() ? "DESTRUCTIVE" : ", DESTRUCTIVE";
    const bool severe = destructive || impact == Impact::Replaces || impact == Impact::MayReplace;
    return " (" + (severe ? paint(note, Colour::BoldRed) : note) + ")";
  }

  void heading(std::string_view title) {
    if (!out_.empty()) out_ += '\n';
    out_ += paint(title, Colour::Bold);
    out_ += '\n';
  }

  void writeSummary() {
    if (!options_.oldName.empty() || !options_.newName.empty()) {
      out_ += fmt::format("{} -> {}\n", options_.oldName, options_.newName);
    }
    if (diff_.empty()) {
      out_ += "No differences.\n";
      return;
    }
    const DiffCounts counts = countChanges(diff_);
    out_ += fmt::format(
        "Resources: {} added, {} removed, {} modified ({} replaced, {} may be replaced, {} "
        "destructive)\n",
        counts.resourcesAdded, counts.resourcesRemoved, counts.resourcesModified, counts.replaced,
        counts.mayBeReplaced, counts.destructive);
    out_ +=
        fmt::format("Security: {} broadening, {} narrowing\n", counts.broadening, counts.narrowing);
    out_ += fmt::format("Other sections: {} changed entries\n", counts.otherChanges);
  }

  void writeValueChange(const ValueChange& change, bool withImpact,
                        std::string_view indent = "    ") {
    const std::string path = pathText(change.path);
    std::string line = fmt::format("{}{} {}", indent, marker(change.kind), path);
    if (withImpact) line += impactNote(change.impact, false);
    line += ": ";
    if (!change.replacedReference.empty()) {
      line += fmt::format("{} ({} is replaced)", inlineText(*change.newValue, kValueWidth),
                          change.replacedReference);
    } else if (change.kind == ChangeKind::Modified) {
      line += inlineText(*change.oldValue, kValueWidth) + " -> " +
              inlineText(*change.newValue, kValueWidth);
    } else {
      line += inlineText(change.kind == ChangeKind::Added ? *change.newValue : *change.oldValue,
                         kValueWidth);
    }
    out_ += line;
    out_ += '\n';
  }

  void writeSectionChange(const SectionEntryChange& change) {
    // Single-value sections (`Description`, ...) share one heading; the others have their own.
    const std::string title = change.name.empty() ? "Template" : change.section;
    if (title != currentSection_) {
      heading(title);
      currentSection_ = title;
    }
    if (change.name.empty()) {
      ValueChange whole;
      whole.path = {change.section};
      whole.kind = change.kind;
      whole.oldValue = change.oldValue;
      whole.newValue = change.newValue;
      writeValueChange(whole, false, "");
      return;
    }
    out_ += fmt::format("{} {}\n", marker(change.kind), change.name);
    for (const ValueChange& inner : change.changes) writeValueChange(inner, false);
  }

  void writeTable(std::vector<std::vector<std::string>> rows,
                  const std::vector<std::string>& markers) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::string line = r == 0 ? "   " : markers[r - 1];
      for (std::size_t i = 0; i < rows[r].size(); ++i) {
        line += "  ";
        line += rows[r][i];
        if (i + 1 < rows[r].size()) line.append(widths[i] - rows[r][i].size(), ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out_ += line;
      out_ += '\n';
    }
  }

  void writeRuleTable() {
    if (diff_.security.rules.empty()) return;
    heading("Security group rule changes");
    std::vector<std::vector<std::string>> rows{
        {"Group", "Direction", "Protocol", "Ports", "Peer", "Access"}};
    std::vector<std::string> markers;
    for (const SecurityGroupRuleChange& change : diff_.security.rules) {
      const SecurityGroupRule& rule = change.rule;
      rows.push_back({rule.group, rule.direction, rule.protocol, rule.ports, rule.peer,
                      std::string(accessName(change.access))});
      markers.push_back(marker(change.added ? ChangeKind::Added : ChangeKind::Removed));
    }
    writeTable(std::move(rows), markers);
  }

  void writeStatementTable() {
    if (diff_.security.statements.empty()) return;
    heading("IAM statement changes");
    std::vector<std::vector<std::string>> rows{
        {"Resource", "Effect", "Actions", "Resources", "Principal", "Condition", "Access"}};
    std::vector<std::string> markers;
    for (const IamStatementChange& change : diff_.security.statements) {
      const IamStatement& statement = change.statement;
      rows.push_back({statement.source, statement.effect, statement.actions, statement.resources,
                      statement.principal, statement.condition,
                      std::string(accessName(change.access))});
      markers.push_back(marker(change.added ? ChangeKind::Added : ChangeKind::Removed));
    }
    writeTable(std::move(rows), markers);
  }

  void writeCost() {
    if (options_.cost == nullptr || options_.cost->empty()) return;
    heading("Monthly cost");
    out_ += fmt::format("({})\n", priceListNote(options_.cost->prices));
    out_ += costSummary(*options_.cost) + "\n";
    for (const CostLine& line : costLines(*options_.cost)) {
      const std::string mark =
          line.kind == ChangeKind::Modified ? paint("[?]", Colour::Yellow) : marker(line.kind);
      out_ += fmt::format("{} {}\n", mark, line.text);
    }
  }

  void writeResources() {
    if (diff_.resources.empty()) return;
    heading("Resources");
    for (const ResourceChange& change : diff_.resources) {
      std::string type = change.type();
      if (change.kind == ChangeKind::Modified && change.oldType != change.newType) {
        type = change.oldType + " -> " + change.newType;
      }
      out_ += fmt::format("{} {} {}{}\n", marker(change.kind), type, change.logicalId,
                          impactNote(change.impact, change.destructive));
      for (const ValueChange& property : change.changes) {
        writeValueChange(property, !property.attribute);
      }
    }
  }

  const TemplateDiff& diff_;
  const DiffReportOptions& options_;
  std::string out_;
  std::string currentSection_;
};

}  // namespace

std::string renderDiffText(const TemplateDiff& diff, const DiffReportOptions& options) {
  return TextReport(diff, options).render();
}

}  // namespace vpcsynth
