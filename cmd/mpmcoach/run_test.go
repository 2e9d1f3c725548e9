package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

func noEnv(string) string { return "" }

// runMain drives the whole program as main would.
func runMain(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(context.Background(), args, noEnv, strings.NewReader(stdin), &out)
	return out.String(), err
}

// TestAskJSONContract holds the shape outside checks rely on (DESIGN.md): one JSON
// object with query, answers [{id, section, title, text, score}] best first, and
// suggestions; answers is [] (never null) when the coach abstains.
func TestAskJSONContract(t *testing.T) {
	out, err := runMain(t, "", "ask", "--json", "salary", "senior")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"query", "answers", "suggestions"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("missing %q in %s", k, out)
		}
	}
	var got struct {
		Query   string `json:"query"`
		Answers []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Query != "salary senior" || len(got.Answers) == 0 {
		t.Fatalf("got %s", out)
	}
	var keys []string
	for k := range got.Answers[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"id", "score", "section", "text", "title"}; !slices.Equal(keys, want) {
		t.Errorf("answer keys %v, want %v", keys, want)
	}
	a := got.Answers[0]
	if a["section"] != "Salary by Experience Level" || !strings.Contains(a["text"].(string), "$100k USD") ||
		!strings.Contains(a["text"].(string), "$105k USD") {
		t.Errorf("first answer should be the Senior figures: %v", a)
	}

	out, err = runMain(t, "", "ask", "--json", "what's", "the", "weather", "in", "Paris?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"answers":[]`) || !strings.Contains(out, `"suggestions":["`) {
		t.Errorf("abstention should have empty answers and some suggestions: %s", out)
	}
}

func TestAskText(t *testing.T) {
	out, err := runMain(t, "", "ask", "can I work from home?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "on-site") || !strings.Contains(out, "Source: Frequently Asked Questions") {
		t.Errorf("got:\n%s", out)
	}
}

func TestChat(t *testing.T) {
	out, err := runMain(t, "help\n\nsalary senior\nquit\nsalary director\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"you> ", "salary [level|country]", "$100k USD", "Good luck"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "$145k") {
		t.Error("kept answering after quit")
	}
	// Ctrl-D (end of input) ends the session cleanly too.
	out, err = runMain(t, "faq 8", "chat")
	if err != nil || !strings.Contains(out, "predominantly on-site") || !strings.Contains(out, "Good luck") {
		t.Errorf("chat to EOF: %v\n%s", err, out)
	}
}

func TestChatStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r, w, _ := os.Pipe() // input that never ends, as a terminal
	defer w.Close()
	done := make(chan error, 1)
	var out bytes.Buffer
	go func() { done <- run(ctx, []string{"chat"}, noEnv, r, &out) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"chat", "--help"}, {"ask", "--help"}, {"guide", "--help"}} {
		out, err := runMain(t, "", args...)
		if err != nil || !strings.Contains(out, "Usage") {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	for _, args := range [][]string{{}, {"frobnicate"}, {"ask"}, {"guide", "check"}, {"--nope", "ask", "x"}} {
		_, err := runMain(t, "", args...)
		if !errors.Is(err, errUsage) || exitCode(err) != 2 {
			t.Errorf("%v: err %v, want usage (exit 2)", args, err)
		}
	}
}

func TestGuideDumpCheckAndUse(t *testing.T) {
	dir := t.TempDir()
	dump, err := runMain(t, "", "guide", "dump")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(dump, `median: "$100k USD"`, `median: "$111k USD"`, 1)
	if edited == dump {
		t.Fatal("test setup: senior median not found in the dump")
	}
	good := filepath.Join(dir, "guide.yaml")
	os.WriteFile(good, []byte(edited), 0o600)
	out, err := runMain(t, "", "guide", "check", good)
	if err != nil || !strings.Contains(out, "ok") {
		t.Errorf("check good: %v %s", err, out)
	}
	out, err = runMain(t, "", "--guide", good, "ask", "salary senior")
	if err != nil || !strings.Contains(out, "$111k USD") {
		t.Errorf("--guide not used: %v\n%s", err, out)
	}

	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte(strings.Replace(edited, "  - id: tools\n", "  - id: tools\n    colour: blue\n", 1)), 0o600)
	_, err = runMain(t, "", "guide", "check", bad)
	var kerr *knowledge.Error
	if !errors.As(err, &kerr) || kerr.File != bad || kerr.Line == 0 || !strings.Contains(err.Error(), `unknown field "colour"`) {
		t.Errorf("check bad: %v", err)
	}
	if _, err := runMain(t, "", "--guide", bad, "ask", "salary"); err == nil || !strings.Contains(err.Error(), bad+":") {
		t.Errorf("bad --guide: %v", err)
	}
}

func TestBadConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("log_level: info\nslack:\n  bot_token: xoxb-123\n"), 0o600)
	_, err := runMain(t, "", "--config", p, "ask", "salary")
	if err == nil || !strings.Contains(err.Error(), p+":3:") || strings.Contains(err.Error(), "xoxb-123") {
		t.Errorf("got %v", err)
	}
}

func TestWrap(t *testing.T) {
	in := "Short line.\n• " + strings.Repeat("word ", 30) + "end\n" + strings.Repeat("x", 120) + "\n"
	out := wrap(in, 40)
	for _, line := range strings.Split(out, "\n") {
		if len([]rune(line)) > 40 && !strings.HasPrefix(line, "xxx") {
			t.Errorf("line longer than 40: %q", line)
		}
	}
	if !strings.Contains(out, "\n  word") {
		t.Errorf("bullet continuation not indented:\n%s", out)
	}
	if strings.ReplaceAll(strings.ReplaceAll(out, "\n  ", " "), "\n", " ") != strings.ReplaceAll(in, "\n", " ") {
		t.Errorf("wrap changed the words:\n%s", out)
	}
}
