package slack

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"
)

// MarshalJSON encodes m the way encoding/json encodes slack-go's types, field for
// field. A slash command's answer is encoded on every request, and encoding/json over
// slack-go's blocks reflects over every field and encodes each block twice (their
// MarshalJSON methods call encoding/json again, which then re-validates the output):
// that was a fifth of an uncached `/mpm salary senior`. Blocks other than the four
// kinds render makes fall back to encoding/json.
func (m message) MarshalJSON() ([]byte, error) { return m.appendJSON(make([]byte, 0, 2048)) }

// appendJSON appends m's encoding to b. Callers that want the bytes use it directly:
// json.Marshal would validate and copy what MarshalJSON returns.
func (m message) appendJSON(b []byte) ([]byte, error) {
	b = append(b, '{')
	if m.ResponseType != "" {
		b = append(b, `"response_type":`...)
		b = appendString(b, m.ResponseType)
		b = append(b, ',')
	}
	if m.ReplaceOriginal {
		b = append(b, `"replace_original":true,`...)
	}
	b = append(b, `"text":`...)
	b = appendString(b, m.Text)
	if len(m.Blocks) > 0 {
		b = append(b, `,"blocks":[`...)
		for i, blk := range m.Blocks {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendBlock(b, blk); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

func appendBlock(b []byte, blk slackapi.Block) ([]byte, error) {
	switch v := blk.(type) {
	case *slackapi.HeaderBlock:
		if v.Level == 0 {
			b = appendTextBlock(b, string(v.Type), v.Text, v.BlockID)
			return append(b, '}'), nil
		}
	case *slackapi.SectionBlock:
		if v.Accessory == nil && !v.Expand {
			b = appendTextBlock(b, string(v.Type), v.Text, v.BlockID)
			if len(v.Fields) > 0 {
				b = append(b, `,"fields":[`...)
				for i, f := range v.Fields {
					if i > 0 {
						b = append(b, ',')
					}
					b = appendText(b, f)
				}
				b = append(b, ']')
			}
			return append(b, '}'), nil
		}
	case *slackapi.ContextBlock:
		if texts, ok := contextTexts(v.ContextElements.Elements); ok {
			return appendElements(b, string(v.Type), v.BlockID, texts, appendText), nil
		}
	case *slackapi.ActionBlock:
		if buttons, ok := plainButtons(v.Elements); ok {
			return appendElements(b, string(v.Type), v.BlockID, buttons, appendButton), nil
		}
	}
	raw, err := json.Marshal(blk)
	return append(b, raw...), err
}

// appendTextBlock appends the start of a block with a type, an optional text and an
// optional id; the caller closes it.
func appendTextBlock(b []byte, typ string, text *slackapi.TextBlockObject, blockID string) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, typ)
	if text != nil {
		b = append(b, `,"text":`...)
		b = appendText(b, text)
	}
	return appendBlockID(b, blockID)
}

// appendElements appends a block made of a type, an optional id and elements.
func appendElements[T any](b []byte, typ, blockID string, els []T, each func([]byte, T) []byte) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, typ)
	b = appendBlockID(b, blockID)
	b = append(b, `,"elements":[`...)
	for i, e := range els {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, e)
	}
	return append(b, "]}"...)
}

// contextTexts is the context's elements if all are text objects.
func contextTexts(els []slackapi.MixedElement) ([]*slackapi.TextBlockObject, bool) {
	texts := make([]*slackapi.TextBlockObject, 0, len(els))
	for _, e := range els {
		t, ok := e.(*slackapi.TextBlockObject)
		if !ok || t == nil {
			return nil, false
		}
		texts = append(texts, t)
	}
	return texts, true
}

// plainButtons is the action block's elements if all are buttons with nothing but a
// type, text, action id, value and style.
func plainButtons(els *slackapi.BlockElements) ([]*slackapi.ButtonBlockElement, bool) {
	if els == nil {
		return nil, false
	}
	buttons := make([]*slackapi.ButtonBlockElement, 0, len(els.ElementSet))
	for _, e := range els.ElementSet {
		btn, ok := e.(*slackapi.ButtonBlockElement)
		if !ok || btn == nil || btn.URL != "" || btn.Confirm != nil || btn.AccessibilityLabel != "" ||
			btn.AgentPrompt != "" || btn.AgentPromptDisplay != "" || len(btn.VisibleToUserIDs) > 0 {
			return nil, false
		}
		buttons = append(buttons, btn)
	}
	return buttons, true
}

func appendBlockID(b []byte, id string) []byte {
	if id == "" {
		return b
	}
	b = append(b, `,"block_id":`...)
	return appendString(b, id)
}

func appendText(b []byte, t *slackapi.TextBlockObject) []byte {
	if t == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"type":`...)
	b = appendString(b, t.Type)
	b = append(b, `,"text":`...)
	b = appendString(b, t.Text)
	if t.Emoji != nil {
		b = append(b, `,"emoji":`...)
		b = strconv.AppendBool(b, *t.Emoji)
	}
	if t.Verbatim {
		b = append(b, `,"verbatim":true`...)
	}
	return append(b, '}')
}

func appendButton(b []byte, btn *slackapi.ButtonBlockElement) []byte {
	b = append(b, '{')
	if btn.Type != "" {
		b = append(b, `"type":`...)
		b = appendString(b, string(btn.Type))
		b = append(b, ',')
	}
	b = append(b, `"text":`...)
	b = appendText(b, btn.Text)
	if btn.ActionID != "" {
		b = append(b, `,"action_id":`...)
		b = appendString(b, btn.ActionID)
	}
	if btn.Value != "" {
		b = append(b, `,"value":`...)
		b = appendString(b, btn.Value)
	}
	if btn.Style != "" {
		b = append(b, `,"style":`...)
		b = appendString(b, string(btn.Style))
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, as encoding/json does: invalid UTF-8
// becomes U+FFFD, and U+2028 and U+2029 are escaped for JavaScript. It does not
// escape <, > and & as HTML: Slack reads JSON, not HTML.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
