package slack

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/mpmcoach/mpmcoach/bot"
)

func TestReadinessForm(t *testing.T) {
	e := newEnv(t, nil)
	resp, raw := slash(t, e, "readiness")
	if resp.ResponseType != "ephemeral" {
		t.Fatalf("the form must be private: %s", raw)
	}
	for _, want := range []string{"Readiness check", `"type":"checkboxes"`, `"action_id":"mpm_ready_technical_0"`, `"action_id":"mpm_ready_technical_1"`,
		`"action_id":"mpm_ready_soft_0"`, `"action_id":"mpm_ready_credential_0"`, `"action_id":"mpm_ready_years"`, `"action_id":"mpm_ready_submit"`,
		"Remember my answers"} {
		if !strings.Contains(raw, want) {
			t.Errorf("form lacks %s", want)
		}
	}
	checkLimits(t, resp.Blocks)
	var blocks []map[string]any
	json.Unmarshal([]byte(raw), &struct{ Blocks *[]map[string]any }{&blocks})
	for _, b := range blocks {
		for _, el := range asList(b["elements"]) {
			if opts := asList(el.(map[string]any)["options"]); len(opts) > maxCheckboxes && el.(map[string]any)["type"] == "checkboxes" {
				t.Errorf("a checkbox group has %d options; Slack takes %d", len(opts), maxCheckboxes)
			}
		}
	}
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// submitBody is the block_actions payload Slack sends when Submit is pressed, with the
// form's state.
func submitBody(f *fakeSlack, items map[string][]string, years string, remember bool) string {
	values := map[string]any{}
	for block, ids := range items {
		var opts []map[string]any
		for _, id := range ids {
			opts = append(opts, map[string]any{"value": id})
		}
		values["ready_"+block] = map[string]any{"mpm_ready_" + block: map[string]any{"type": "checkboxes", "selected_options": opts}}
	}
	values["ready_years"] = map[string]any{"mpm_ready_years": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": years}}}
	var rem []map[string]any
	if remember {
		rem = append(rem, map[string]any{"value": "remember"})
	}
	values["ready_submit"] = map[string]any{"mpm_ready_remember": map[string]any{"type": "checkboxes", "selected_options": rem}}
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U7"}, "channel": map[string]any{"id": "C1"},
		"response_url": f.responseURL(), "state": map[string]any{"values": values},
		"actions": []map[string]any{{"action_id": "mpm_ready_submit", "block_id": "ready_submit", "type": "button", "value": "submit"}},
	})
	return url.Values{"payload": {string(payload)}}.Encode()
}

func TestReadinessSubmitAndShare(t *testing.T) {
	e := newEnv(t, nil)
	body := submitBody(e.f, map[string][]string{"technical_0": {"billing", "compliance"}, "soft_0": {"leadership"}}, "4", false)
	if w := e.do(signed("/slack/interactions", formType, body)); w.Code != 200 {
		t.Fatalf("submit: %d", w.Code)
	}
	plan := e.f.waitResponses(1)[0]
	raw, _ := json.Marshal(plan)
	if plan["replace_original"] != true || plan["response_type"] != "ephemeral" || !strings.Contains(string(raw), "Ready now") ||
		!strings.Contains(string(raw), "Assistant Medical Practice Manager") || !strings.Contains(string(raw), "mpm_ready_share") {
		t.Fatalf("plan: %s", raw)
	}
	// Golden: the rendered plan, as Slack receives it.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(plan["blocks"])
	golden(t, "readiness-slack.json", buf.String())

	// Share my plan: the short summary, publicly, saying whose it is.
	var summary string
	for _, b := range plan["blocks"].([]any) {
		for _, el := range asList(b.(map[string]any)["elements"]) {
			if m := el.(map[string]any); m["action_id"] == "mpm_ready_share" {
				summary = m["value"].(string)
			}
		}
	}
	e.do(signed("/slack/interactions", formType, interactionBody("mpm_ready_share", summary, e.f)))
	shared := e.f.waitResponses(2)[1]
	if shared["response_type"] != "in_channel" || !strings.Contains(shared["text"].(string), "shared their readiness plan: Ready now: Assistant") {
		t.Errorf("shared: %v", shared)
	}
	if strings.Contains(e.logs.String(), "billing") {
		t.Error("readiness answers reached the log")
	}
}

func golden(t *testing.T, name, got string) { t.Helper(); testkit.Golden(t, name, got) }

func TestReadinessFormStartsFromKeptAnswers(t *testing.T) {
	store := &testkit.Profiles{}
	store.SaveProfile("slack:U1", bot.Profile{Items: []string{"billing", "cmpe"}, Years: 6, HasYears: true})
	e := newEnv(t, testkit.CoachWith(t, bot.WithProfiles(store)))
	_, raw := slash(t, e, "readiness")
	var form struct{ Blocks []map[string]any }
	json.Unmarshal([]byte(raw), &form)
	ticked := map[string]bool{}
	for _, b := range form.Blocks {
		for _, el := range asList(b["elements"]) {
			m := el.(map[string]any)
			for _, o := range asList(m["initial_options"]) {
				ticked[o.(map[string]any)["value"].(string)] = true
			}
			if io, ok := m["initial_option"].(map[string]any); ok && m["action_id"] == "mpm_ready_years" && io["value"] != "6" {
				t.Errorf("years not prefilled: %v", io)
			}
		}
	}
	if !ticked["billing"] || !ticked["cmpe"] || !ticked["remember"] || ticked["ehr"] {
		t.Errorf("ticked %v, want billing, cmpe and remember", ticked)
	}
}
