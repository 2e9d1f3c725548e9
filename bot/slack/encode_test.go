package slack

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/mpmcoach/mpmcoach/bot"
)

// reference is message without its MarshalJSON: encoding/json over slack-go's types,
// which is what Slack was sent before the hand encoder.
type reference message

// sameJSON fails unless m's hand encoding decodes to the same value as encoding/json's.
func sameJSON(t *testing.T, m message) {
	t.Helper()
	want, err := json.Marshal(reference(m))
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.appendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("hand encoding is not JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("hand encoding differs from encoding/json:\n got %s\nwant %s", got, want)
	}
	// json.Marshal(m), as response_url posts and Socket Mode acks encode it, goes
	// through MarshalJSON (and escapes <, > and & as HTML on the way).
	viaMarshal, err := json.Marshal(m)
	var v any
	if err == nil {
		err = json.Unmarshal(viaMarshal, &v)
	}
	if err != nil || !reflect.DeepEqual(v, w) {
		t.Errorf("json.Marshal(message) differs from the hand encoding: %v", err)
	}
}

// TestEncodingMatchesSlackGo encodes real answers, every kind render makes, and the
// blocks render does not make, and checks each against encoding/json.
func TestEncodingMatchesSlackGo(t *testing.T) {
	coach := realCoach(t)
	for _, q := range []string{"salary", "salary senior", "salary uk", "path regional", "skills",
		"faq", "steps", "outlook", "tip", "help", "can I work from home?", "what does a practice manager do",
		"asdfgh qwerty", "what's the weather", "pros and cons", "visa"} {
		reply := coach.Answer(context.Background(), bot.Request{Text: q, User: "U1", Channel: "C1", Platform: "slack", Slash: true})
		for _, o := range []renderOpts{{Interactive: true, Query: q}, {SharedBy: "U2"}, {}} {
			t.Run(q, func(t *testing.T) {
				blocks, text := render(reply, o)
				sameJSON(t, message{ResponseType: slackapi.ResponseTypeEphemeral, Text: text, Blocks: blocks})
				sameJSON(t, message{ResponseType: slackapi.ResponseTypeInChannel, ReplaceOriginal: true, Text: text, Blocks: blocks})
			})
		}
	}
	t.Run("readiness form", func(t *testing.T) {
		sameJSON(t, readinessForm(coach.Catalog(), bot.Profile{}, false))
	})
	t.Run("no blocks", func(t *testing.T) {
		sameJSON(t, message{Text: "Sorry, something went wrong on my side."})
	})
	t.Run("blocks render does not make", func(t *testing.T) {
		btn := slackapi.NewButtonBlockElement("a", "v", plain("Open"))
		btn.URL = "https://example.com"
		sec := slackapi.NewSectionBlock(mrkdwn("x"), nil, slackapi.NewAccessory(btn))
		head := slackapi.NewHeaderBlock(plain("H"))
		head.Level = 2
		ctx := slackapi.NewContextBlock("c", slackapi.NewImageBlockElement("https://example.com/i.png", "alt"), mrkdwn("y"))
		sameJSON(t, message{Text: "t", Blocks: []slackapi.Block{sec, head, ctx,
			slackapi.NewActionBlock("b", btn), slackapi.NewDividerBlock()}})
	})
	t.Run("text objects", func(t *testing.T) {
		verb := slackapi.NewTextBlockObject(slackapi.MarkdownType, "v", false, true)
		sec := slackapi.NewSectionBlock(nil, []*slackapi.TextBlockObject{verb, plain("p")}, nil)
		sec.BlockID = "id\"1"
		sameJSON(t, message{Text: "t", Blocks: []slackapi.Block{sec}})
	})
}

// TestAppendString checks the strings chat text and guide text can hold.
func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr",
		"\x00\x01\x1f\x7f", "<@U1> &amp; &lt;", "emoji 📖 · é", "bad \xff\xfe utf8 \xe2\x82",
		"line\u2028para\u2029end", strings.Repeat("ab\"c", 500)} {
		checkString(t, s)
	}
}

func checkString(t *testing.T, s string) {
	t.Helper()
	var got, want string
	if err := json.Unmarshal(appendString(nil, s), &got); err != nil {
		t.Fatalf("appendString(%q) is not a JSON string: %v", s, err)
	}
	raw, _ := json.Marshal(s)
	_ = json.Unmarshal(raw, &want)
	if got != want {
		t.Errorf("appendString(%q) decodes to %q, encoding/json's to %q", s, got, want)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "a\"b", "\xff", "\u2028", "\x00", "<>&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkString(t, s) })
}
