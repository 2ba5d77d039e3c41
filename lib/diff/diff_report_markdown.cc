#include <fmt/format.h>

#include "diff/comment_limit.h"
#include "diff/cost_section.h"
#include "diff/diff_report.h"
#include "diff/markdown_text.h"
#include "diff/value_text.h"

namespace vpcsynth {
namespace {

/// The "Network" section: `diagram` (Mermaid) in a fenced block with a legend of its marks;
/// empty when `diagram` is.
std::string networkSection(const std::string& diagram) {
  if (diagram.empty()) return {};
  return fmt::format(
      "\n#### Network\n\nThe part of the network that changes: `[+]` added, `[-]` removed, "
      "`[replaced]` replaced or may be replaced, `[~]` modified; routes and reachability verdicts "
      "that appear or go are marked the same way.\n\n```mermaid\n{}```\n",
      diagram);
}

constexpr std::size_t kValueWidth = 80;

std::string code(std::string_view text) {
  if (text.empty()) return std::string();
  std::string quoted = "`";
  for (char c : text) quoted += c == '`' ? '\'' : c;
  quoted += '`';
  return markdownCell(quoted);
}

std::string valueCell(const std::optional<Value>& value) {
  return value ? code(inlineText(*value, kValueWidth)) : std::string();
}

void tableHeader(std::string& out, std::initializer_list<std::string_view> columns) {
  out += "|";
  for (std::string_view column : columns) out += fmt::format(" {} |", column);
  out += "\n|";
  for (std::size_t i = 0; i < columns.size(); ++i) out += "---|";
  out += '\n';
}

void tableRow(std::string& out, std::initializer_list<std::string> cells) {
  out += "|";
  for (const std::string& text : cells) out += fmt::format(" {} |", text);
  out += '\n';
}

std::string accessCell(Access access) {
  if (access == Access::Broadening) return "**broadening**";
  return std::string(accessName(access));
}

void writeSecurity(std::string& out, const SecurityChanges& security) {
  if (!security.rules.empty()) {
    out += "\n#### Security group rule changes\n\n";
    tableHeader(out, {"", "Group", "Direction", "Protocol", "Ports", "Peer", "Access"});
    for (const SecurityGroupRuleChange& change : security.rules) {
      const SecurityGroupRule& rule = change.rule;
      tableRow(out, {std::string(change.added ? "[+]" : "[-]"), code(rule.group), rule.direction,
                     rule.protocol, rule.ports, code(rule.peer), accessCell(change.access)});
    }
  }
  if (!security.statements.empty()) {
    out += "\n#### IAM statement changes\n\n";
    tableHeader(out, {"", "Resource", "Effect", "Actions", "Resources", "Principal", "Condition",
                      "Access"});
    for (const IamStatementChange& change : security.statements) {
      const IamStatement& statement = change.statement;
      tableRow(out,
               {std::string(change.added ? "[+]" : "[-]"), code(statement.source), statement.effect,
                code(statement.actions), code(statement.resources), code(statement.principal),
                code(statement.condition), accessCell(change.access)});
    }
  }
}

void writeResources(std::string& out, const TemplateDiff& diff) {
  if (diff.resources.empty()) return;
  out += "\n#### Resources\n\n";
  tableHeader(out, {"", "Logical ID", "Type", "Impact"});
  bool anyProperty = false;
  for (const ResourceChange& change : diff.resources) {
    std::string impact =
        change.impact == Impact::None ? "" : std::string(impactName(change.impact));
    if (change.impact >= Impact::MayReplace) impact = "**" + impact + "**";
    if (change.destructive) impact += impact.empty() ? "**destructive**" : ", **destructive**";
    std::string type = code(change.type());
    if (change.kind == ChangeKind::Modified && change.oldType != change.newType) {
      type = code(change.oldType) + " → " + code(change.newType);
    }
    tableRow(out, {std::string(markdownMarker(change.kind)), code(change.logicalId), type, impact});
    anyProperty = anyProperty || !change.changes.empty();
  }
  if (!anyProperty) return;
  out += "\n#### Property changes\n\n";
  tableHeader(out, {"", "Resource", "Path", "Impact", "Old", "New"});
  for (const ResourceChange& change : diff.resources) {
    for (const ValueChange& property : change.changes) {
      tableRow(out, {std::string(markdownMarker(property.kind)), code(change.logicalId),
                     code(pathText(property.path)),
                     property.attribute ? "" : std::string(impactName(property.impact)),
                     valueCell(property.oldValue),
                     valueCell(property.newValue) +
                         (property.replacedReference.empty()
                              ? std::string()
                              : " (" + code(property.replacedReference) + " is replaced)")});
    }
  }
}

void writeSections(std::string& out, const TemplateDiff& diff) {
  if (diff.sections.empty()) return;
  out += "\n#### Other sections\n\n";
  tableHeader(out, {"", "Section", "Entry", "Path", "Old", "New"});
  for (const SectionEntryChange& change : diff.sections) {
    if (change.kind != ChangeKind::Modified || change.name.empty()) {
      tableRow(out, {std::string(markdownMarker(change.kind)), change.section, code(change.name),
                     "", valueCell(change.oldValue), valueCell(change.newValue)});
      continue;
    }
    for (const ValueChange& inner : change.changes) {
      tableRow(out,
               {std::string(markdownMarker(inner.kind)), change.section, code(change.name),
                code(pathText(inner.path)), valueCell(inner.oldValue), valueCell(inner.newValue)});
    }
  }
}

}  // namespace

std::string renderDiffMarkdown(const TemplateDiff& diff, const DiffReportOptions& options) {
  std::string out =
      fmt::format("### vpcsynth diff: {} → {}\n\n", code(options.oldName), code(options.newName));
  if (diff.empty()) {
    out += "No differences.\n";
    return out;
  }
  const DiffCounts counts = countChanges(diff);
  out += fmt::format(
      "**Resources:** {} added, {} removed, {} modified ({} replaced, {} may be replaced, {} "
      "destructive) · **Security:** {} broadening, {} narrowing · **Other sections:** {} changed "
      "entries\n",
      counts.resourcesAdded, counts.resourcesRemoved, counts.resourcesModified, counts.replaced,
      counts.mayBeReplaced, counts.destructive, counts.broadening, counts.narrowing,
      counts.otherChanges);
  if (options.summaryOnly) return out;
  if (options.cost != nullptr && !options.cost->empty()) out += costMarkdown(*options.cost);
  out += networkSection(options.networkDiagram);
  writeSecurity(out, diff.security);
  writeResources(out, diff);
  writeSections(out, diff);
  return fitComment(std::move(out));
}

}  // namespace vpcsynth
