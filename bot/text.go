package bot

import (
	"fmt"
	"strings"
)

// Text renders a reply as plain text, for the terminal and as the fallback text of chat
// messages. Nothing is shortened: a terminal can show it all.
func Text(r Reply) string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title + "\n" + strings.Repeat("─", min(len([]rune(r.Title)), 60)) + "\n")
	}
	for _, p := range r.Body {
		b.WriteString(p + "\n\n")
	}
	if r.Table != nil {
		b.WriteString(tableText(*r.Table) + "\n")
	}
	for _, f := range r.Fields {
		fmt.Fprintf(&b, "%s: %s\n", f.Name, f.Value)
	}
	if len(r.Fields) > 0 {
		b.WriteString("\n")
	}
	if len(r.Sources) > 0 {
		b.WriteString("Source: " + strings.Join(r.Sources, "; ") + " (Medical Practice Manager career guide)\n")
	}
	if len(r.Suggestions) > 0 {
		b.WriteString("Try: " + strings.Join(r.Suggestions, " · ") + "\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func tableText(t Table) string {
	widths := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		widths[i] = len([]rune(c))
	}
	for _, row := range t.Rows {
		for i, cell := range row {
			if i < len(widths) {
				widths[i] = max(widths[i], len([]rune(cell)))
			}
		}
	}
	line := func(cells []string) string {
		var parts []string
		for i, cell := range cells {
			if i < len(widths) {
				parts = append(parts, cell+strings.Repeat(" ", widths[i]-len([]rune(cell))))
			}
		}
		return strings.TrimRight(strings.Join(parts, "  "), " ") + "\n"
	}
	var b strings.Builder
	b.WriteString(line(t.Columns))
	rule := make([]string, len(widths))
	for i, w := range widths {
		rule[i] = strings.Repeat("-", w)
	}
	b.WriteString(line(rule))
	for _, row := range t.Rows {
		b.WriteString(line(row))
	}
	return b.String()
}
