#include "graph/svg_writer.h"

#include <fmt/format.h>

#include "text/code_points.h"
#include "text/xml.h"

namespace vpcsynth::graph {
int textWidth(std::string_view text, int size, bool bold) {
  // 0.62 em per character covers DejaVu Sans and Helvetica digits and lower case; bold is wider.
  const double perCharacter = size * (bold ? 0.68 : 0.62);
  return static_cast<int>(static_cast<double>(codePoints(text)) * perCharacter) + 1;
}

std::string shorten(std::string_view text, std::size_t maxCharacters) {
  if (codePoints(text) <= maxCharacters) return std::string(text);
  // One character of the room goes to the ellipsis.
  const std::size_t room = maxCharacters == 0 ? 0 : maxCharacters - 1;
  return std::string(prefixOfCodePoints(text, room)) + "\u2026";
}

void SvgWriter::rect(int x, int y, int width, int height, std::string_view fill,
                     std::string_view stroke, int radius, std::string_view dash) {
  body_ += fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\" "
      "stroke=\"{}\"{}/>\n",
      x, y, width, height, radius, fill, stroke,
      dash.empty() ? std::string() : fmt::format(" stroke-dasharray=\"{}\"", dash));
}

void SvgWriter::text(int x, int y, std::string_view content, int size, std::string_view fill,
                     bool bold, std::string_view anchor) {
  body_ +=
      fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"{}{}>{}</text>\n", x, y,
                  size, fill, bold ? " font-weight=\"bold\"" : "",
                  anchor == "start" ? std::string() : fmt::format(" text-anchor=\"{}\"", anchor),
                  xmlEscape(content));
}

void SvgWriter::arrow(int x1, int y1, int x2, int y2, std::string_view color,
                      std::string_view dash) {
  body_ += fmt::format(
      "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"{} "
      "marker-end=\"url(#arrow)\"/>\n",
      x1, y1, x2, y2, color,
      dash.empty() ? std::string() : fmt::format(" stroke-dasharray=\"{}\"", dash));
}

void SvgWriter::circle(int x, int y, int radius, std::string_view fill) {
  body_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>\n", x, y, radius, fill);
}

std::string SvgWriter::document(int width, int height, std::string_view title) const {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
      "<title>{2}</title>\n"
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" "
      "fill=\"#546e7a\"/></marker></defs>\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "{3}</svg>\n",
      width, height, xmlEscape(title), body_);
}

}  // namespace vpcsynth::graph
