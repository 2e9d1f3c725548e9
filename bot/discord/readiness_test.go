package discord

import (
	"regexp"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"encoding/json"
	"strings"
	"testing"
)

// regexpDefault finds the leadership option marked as preselected, in either key order.
var regexpDefault = regexp.MustCompile(`"default":true[^}]*"label":"Leadership and team management"|"label":"Leadership and team management"[^}]*"default":true`)

func component(id, custom string, values ...string) map[string]any {
	d := map[string]any{"custom_id": custom, "component_type": 2}
	if values != nil {
		d["component_type"] = 3
		d["values"] = values
	}
	return interaction(id, 3, d, map[string]any{"message": map[string]any{"id": "form1", "channel_id": "600", "flags": 64}})
}

func TestReadinessFormFlow(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, nil)
	f.dispatch("INTERACTION_CREATE", interaction("9500", 2, slashData("readiness"), nil))
	c := f.waitCall("/callback")
	body := jsonOf(c.Body)
	for _, want := range []string{`"custom_id":"mpm_ready_technical"`, `"custom_id":"mpm_ready_soft"`, `"custom_id":"mpm_ready_credential"`,
		`"custom_id":"mpm_ready_years"`, `"custom_id":"mpm_ready_submit"`, `"custom_id":"mpm_ready_submit_remember"`, `"flags":64`} {
		if !strings.Contains(body, want) {
			t.Errorf("form lacks %s", want)
		}
	}
	// Each select sends its own interaction; they are acknowledged without a change.
	for i, ev := range []map[string]any{
		component("9501", "mpm_ready_technical", "billing", "compliance"),
		component("9502", "mpm_ready_soft", "leadership"),
		component("9503", "mpm_ready_years", "4"),
	} {
		f.dispatch("INTERACTION_CREATE", ev)
		if c := f.waitCall("/callback"); c.Body["type"] != float64(6) {
			t.Errorf("select %d: %v", i, c.Body)
		}
	}
	f.dispatch("INTERACTION_CREATE", component("9504", "mpm_ready_submit"))
	c = f.waitCall("/callback")
	plan := jsonOf(c.Body)
	if c.Body["type"] != float64(7) || !strings.Contains(plan, "Ready now") || !strings.Contains(plan, "Assistant Medical Practice Manager") ||
		!strings.Contains(plan, `"custom_id":"mpm_ready_share"`) {
		t.Fatalf("plan: %s", plan)
	}
	checkEmbedLimits(t, c.Body)
	embeds, _ := json.MarshalIndent(c.Body["data"].(map[string]any)["embeds"], "", " ")
	golden(t, "readiness-discord.json", string(embeds)+"\n")

	f.dispatch("INTERACTION_CREATE", component("9505", "mpm_ready_share"))
	c = f.waitCall("/callback")
	if c.Body["type"] != float64(4) || strings.Contains(jsonOf(c.Body), `"flags":64`) ||
		!strings.Contains(jsonOf(c.Body), "shared their readiness plan: Ready now: Assistant") {
		t.Errorf("share: %s", jsonOf(c.Body))
	}
	// A typed list answers at once.
	f.dispatch("INTERACTION_CREATE", interaction("9506", 2, slashData("readiness", strOpt("answers", "billing, hipaa, leadership, 4 years")), nil))
	if c := f.waitCall("/callback"); !strings.Contains(jsonOf(c.Body), "Top gaps") {
		t.Errorf("typed list: %s", jsonOf(c.Body))
	}
}

func golden(t *testing.T, name, got string) { t.Helper(); testkit.Golden(t, name, got) }

func TestReadinessFormStartsFromKeptAnswers(t *testing.T) {
	store := &testkit.Profiles{}
	store.SaveProfile("discord:700", bot.Profile{Items: []string{"leadership"}, Years: 9, HasYears: true})
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, testkit.CoachWith(t, bot.WithProfiles(store)))
	f.dispatch("INTERACTION_CREATE", interaction("9600", 2, slashData("readiness"), nil))
	body := jsonOf(f.waitCall("/callback").Body)
	if !regexpDefault.MatchString(body) {
		t.Errorf("leadership not preselected: %s", body)
	}
	// Submit without touching anything uses the kept answers.
	f.dispatch("INTERACTION_CREATE", component("9601", "mpm_ready_submit"))
	if plan := jsonOf(f.waitCall("/callback").Body); !strings.Contains(plan, "Ready now") {
		t.Errorf("plan: %s", plan)
	}
}
