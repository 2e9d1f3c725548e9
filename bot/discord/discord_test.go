package discord

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"github.com/mpmcoach/mpmcoach/bot"
)

func realCoach(t testing.TB) *bot.Coach { return testkit.Coach(t) }

type lockedBuffer = testkit.Buffer

const testToken = "MTExMTExMTExMTExMTExMTEx.Gfake.secret-part-of-the-token"

// start runs the real adapter (the real discordgo.Session) against a fake Discord.
func start(t testing.TB, f *fakeDiscord, cfg Config, answerer Answerer) (*Adapter, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	cfg.Token, cfg.APIURL = testToken, f.srv.URL
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	if answerer == nil {
		answerer = realCoach(t)
	}
	a, err := New(cfg, answerer)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		a.Wait(ctx)
		a.Close()
		if strings.Contains(logs.String(), "secret-part-of-the-token") {
			t.Errorf("the token reached the logs:\n%s", logs)
		}
	})
	return a, logs
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestRegistersCommands(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, nil)
	var reg call
	for _, c := range f.calls {
		if c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") {
			reg = c
		}
	}
	if reg.Path != "/applications/"+appID+"/guilds/500/commands" {
		t.Fatalf("registration: %v", f.paths())
	}
	s := jsonOf(reg.List)
	for _, want := range []string{`"name":"mpm"`, `"name":"salary"`, `"name":"path"`, `"name":"skills"`, `"name":"faq"`,
		`"autocomplete":true`, `"name":"steps"`, `"name":"outlook"`, `"name":"tip"`, `"name":"ask"`, `"name":"help"`,
		`"value":"senior"`, `"value":"uk"`} {
		if !strings.Contains(s, want) {
			t.Errorf("commands lack %s", want)
		}
	}
	intents := f.identify["d"].(map[string]any)["intents"].(float64)
	if int(intents)&(1<<15) != 0 {
		t.Error("Message Content intent requested without ask channels")
	}

	g := newFakeDiscord(t)
	start(t, g, Config{}, nil)
	if !strings.Contains(strings.Join(g.paths(), " "), "PUT /applications/"+appID+"/commands") {
		t.Errorf("no global registration: %v", g.paths())
	}
}

func TestSlashCommands(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, nil)
	for i, tc := range []struct {
		data map[string]any
		want []string
	}{
		{slashData("salary", strOpt("level", "senior")), []string{"$100k USD", "Salary by Experience Level"}},
		{slashData("salary", strOpt("country", "uk")), []string{"GBP 35,000"}},
		{slashData("salary"), []string{"Director of Medical Practice Operations", "$104,830"}},
		{slashData("path", strOpt("level", "regional")), []string{"10-15 years"}},
		{slashData("faq", strOpt("question", "8")), []string{"predominantly on-site"}},
		{slashData("ask", strOpt("question", "can I work from home?")), []string{"on-site"}},
		{slashData("help"), []string{"career coach"}},
	} {
		f.dispatch("INTERACTION_CREATE", interaction("9000"+string(rune('0'+i)), 2, tc.data, nil))
		c := f.waitCall("/callback")
		body := jsonOf(c.Body)
		if c.Body["type"] != float64(4) || !strings.Contains(body, `"flags":64`) {
			t.Errorf("want a private answer: %s", body)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("answer lacks %q: %s", w, body)
			}
		}
		checkEmbedLimits(t, c.Body)
	}
}

func TestAutocomplete(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, nil)
	focused := map[string]any{"name": "question", "type": 3, "value": "remo", "focused": true}
	f.dispatch("INTERACTION_CREATE", interaction("9100", 4, map[string]any{"id": "cmd", "name": "mpm", "type": 1,
		"options": []any{map[string]any{"name": "faq", "type": 1, "options": []any{focused}}}}, nil))
	c := f.waitCall("/callback")
	if c.Body["type"] != float64(8) {
		t.Fatalf("autocomplete response: %v", c.Body)
	}
	choices := c.Body["data"].(map[string]any)["choices"].([]any)
	if len(choices) != 1 || !strings.Contains(jsonOf(choices[0]), "work remotely") || len(choices) > 25 {
		t.Errorf("choices: %v", choices)
	}
	if got := faqChoices(realCoach(t).Catalog().FAQ, ""); len(got) != 8 {
		t.Errorf("empty input should offer all 8 questions, got %d", len(got))
	}
}

func TestMessages(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500", AskChannels: []string{"650"}}, nil)
	if int(f.identify["d"].(map[string]any)["intents"].(float64))&(1<<15) == 0 {
		t.Error("ask channels need the Message Content intent")
	}
	// Ignored: bots, ourselves, chatter in other channels, non-questions and questions the
	// guide can't answer in an ask channel.
	f.dispatch("MESSAGE_CREATE", message("1", "600", "500", "800", "<@"+botID+"> salary", true, botID))
	f.dispatch("MESSAGE_CREATE", message("2", "600", "500", botID, "<@"+botID+"> salary", false, botID))
	f.dispatch("MESSAGE_CREATE", message("3", "600", "500", "700", "what's the salary?", false))
	f.dispatch("MESSAGE_CREATE", message("4", "650", "500", "700", "lol nice weekend everyone", false))
	f.dispatch("MESSAGE_CREATE", message("5", "650", "500", "700", "what's the weather tomorrow?", false))
	// Answered: a mention, a DM, a question in an ask channel.
	f.dispatch("MESSAGE_CREATE", message("6", "600", "500", "700", "<@"+botID+"> salary senior", false, botID))
	f.dispatch("MESSAGE_CREATE", message("7", "610", "", "700", "can I work remotely?", false))
	f.dispatch("MESSAGE_CREATE", message("8", "650", "500", "700", "is there a CMPE certification?", false))

	got := map[string]call{}
	for len(got) < 3 {
		c := f.waitCall("/messages")
		got[c.Path] = c
	}
	time.Sleep(100 * time.Millisecond)
	if n := strings.Count(strings.Join(f.paths(), " "), "/messages"); n != 3 {
		t.Errorf("%d replies, want 3: %v", n, f.paths())
	}
	mention := got["/channels/600/messages"]
	if !strings.Contains(jsonOf(mention.Body), "$100k USD") || jsonOf(mention.Body["message_reference"]) == "null" {
		t.Errorf("mention reply: %s", jsonOf(mention.Body))
	}
	if !strings.Contains(jsonOf(got["/channels/610/messages"].Body), "on-site") {
		t.Error("DM not answered")
	}
	if !strings.Contains(jsonOf(got["/channels/650/messages"].Body), "CMPE") {
		t.Error("ask-channel question not answered")
	}
	if !strings.Contains(jsonOf(mention.Body), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
		t.Errorf("replies must not ping anyone: %s", jsonOf(mention.Body["allowed_mentions"]))
	}
}

func TestButtons(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500"}, nil)
	f.dispatch("INTERACTION_CREATE", interaction("9200", 3, map[string]any{"custom_id": "mpm_ask:path senior", "component_type": 2}, nil))
	c := f.waitCall("/callback")
	if c.Body["type"] != float64(7) || !strings.Contains(jsonOf(c.Body), "7-12 years") {
		t.Errorf("follow-up: %s", jsonOf(c.Body))
	}
	embeds := []any{map[string]any{"title": "Senior Medical Practice Manager salary", "description": "US median $100k USD"}}
	f.dispatch("INTERACTION_CREATE", interaction("9201", 3, map[string]any{"custom_id": "mpm_share", "component_type": 2},
		map[string]any{"message": map[string]any{"id": "m1", "channel_id": "600", "embeds": embeds, "flags": 64}}))
	c = f.waitCall("/callback")
	body := jsonOf(c.Body)
	if c.Body["type"] != float64(4) || strings.Contains(body, `"flags":64`) || !strings.Contains(body, `Shared by \u003c@700\u003e`) || !strings.Contains(body, "$100k") {
		t.Errorf("share: %s", body)
	}
}

type slowCoach struct{ *bot.Coach }

var _ Answerer = slowCoach{}

func (s slowCoach) Answer(ctx context.Context, r bot.Request) bot.Reply {
	time.Sleep(300 * time.Millisecond)
	return s.Coach.Answer(ctx, r)
}

// TestDefersWhenSlow: an answer that would miss Discord's 3 s is deferred first and
// delivered by editing the response.
func TestDefersWhenSlow(t *testing.T) {
	f := newFakeDiscord(t)
	start(t, f, Config{GuildID: "500", Deadline: 50 * time.Millisecond}, slowCoach{realCoach(t)})
	f.dispatch("INTERACTION_CREATE", interaction("9300", 2, slashData("salary", strOpt("level", "senior")), nil))
	c := f.waitCall("/callback")
	if c.Body["type"] != float64(5) {
		t.Fatalf("want a deferred response first: %v", c.Body)
	}
	e := f.waitCall("/messages/@original")
	if e.Method != "PATCH" || !strings.Contains(jsonOf(e.Body), "$100k USD") {
		t.Errorf("follow-up edit: %s %s", e.Method, jsonOf(e.Body))
	}
}

type panicCoach struct{ *bot.Coach }

func (panicCoach) Answer(context.Context, bot.Request) bot.Reply { panic("boom") }

func TestPanicsAndRESTErrors(t *testing.T) {
	f := newFakeDiscord(t)
	f.failPosts["/channels/666"] = `{"message":"Missing Permissions","code":50013}`
	_, logs := start(t, f, Config{GuildID: "500"}, panicCoach{realCoach(t)})
	f.dispatch("INTERACTION_CREATE", interaction("9400", 2, slashData("tip"), nil))
	if c := f.waitCall("/callback"); !strings.Contains(jsonOf(c.Body), "Sorry") {
		t.Errorf("a panic should become an apology: %s", jsonOf(c.Body))
	}
	f.dispatch("MESSAGE_CREATE", message("10", "600", "", "700", "hi", false)) // panics in the coach: recovered
	f2 := newFakeDiscord(t)
	f2.failPosts["/channels/666"] = `{"message":"Missing Permissions","code":50013}`
	_, logs2 := start(t, f2, Config{GuildID: "500"}, nil)
	f2.dispatch("MESSAGE_CREATE", message("11", "666", "", "700", "salary senior", false))
	f2.waitCall("/channels/666/messages")
	deadline := time.Now().Add(3 * time.Second)
	for !strings.Contains(logs2.String(), "discord_code=50013") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(logs2.String(), "discord_code=50013") {
		t.Errorf("REST error not logged with its Discord code:\n%s", logs2)
	}
	// Still serving after both.
	f2.dispatch("INTERACTION_CREATE", interaction("9401", 2, slashData("salary", strOpt("level", "senior")), nil))
	f2.waitCall("/callback")
	if !strings.Contains(logs.String(), "panic") {
		t.Errorf("panic not logged:\n%s", logs)
	}
}

func TestStartErrors(t *testing.T) {
	f := newFakeDiscord(t)
	f.badToken = true
	a, _ := New(Config{Token: testToken, APIURL: f.srv.URL, Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}, realCoach(t))
	err := a.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), "DISCORD_BOT_TOKEN") || strings.Contains(err.Error(), "secret-part") {
		t.Errorf("bad token: %v", err)
	}
	g := newFakeDiscord(t)
	g.closeCode = closeDisallowedIntents
	a, _ = New(Config{Token: testToken, APIURL: g.srv.URL, AskChannels: []string{"650"}, Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}, realCoach(t))
	err = a.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), "enable it in the Developer Portal") || !strings.Contains(err.Error(), "ask_channels") {
		t.Errorf("4014: %v", err)
	}
	if _, err := New(Config{}, realCoach(t)); err == nil {
		t.Error("no token accepted")
	}
}

func TestInvite(t *testing.T) {
	id, err := ClientIDFromToken(testToken)
	if err != nil || id != botID {
		t.Fatalf("ClientIDFromToken = %q, %v", id, err)
	}
	u := InviteURL(id)
	for _, want := range []string{"client_id=" + botID, "scope=bot+applications.commands", "permissions=274877991936"} {
		if !strings.Contains(u, want) {
			t.Errorf("%s lacks %s", u, want)
		}
	}
	for _, bad := range []string{"", "not-a-token", "!!!.x.y", "YWJj.x.y"} {
		if _, err := ClientIDFromToken(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

// checkEmbedLimits holds Discord's limits on one interaction response or message.
func checkEmbedLimits(t *testing.T, body map[string]any) {
	t.Helper()
	data, _ := body["data"].(map[string]any)
	if data == nil {
		data = body
	}
	embeds, _ := data["embeds"].([]any)
	if len(embeds) > maxEmbeds {
		t.Errorf("%d embeds", len(embeds))
	}
	total := 0
	for _, e := range embeds {
		em := e.(map[string]any)
		title, _ := em["title"].(string)
		desc, _ := em["description"].(string)
		if runes(title) > maxTitle || runes(desc) > maxDesc {
			t.Errorf("title %d or description %d too long", runes(title), runes(desc))
		}
		total += runes(title) + runes(desc)
		fields, _ := em["fields"].([]any)
		if len(fields) > maxFields {
			t.Errorf("%d fields", len(fields))
		}
		for _, f := range fields {
			fm := f.(map[string]any)
			name, _ := fm["name"].(string)
			value, _ := fm["value"].(string)
			if runes(name) > maxFieldName || runes(value) > maxFieldValue {
				t.Errorf("field too long")
			}
			total += runes(name) + runes(value)
		}
		if footer, ok := em["footer"].(map[string]any); ok {
			text, _ := footer["text"].(string)
			if runes(text) > maxFooter {
				t.Error("footer too long")
			}
			total += runes(text)
		}
	}
	if total > maxEmbedsTotal {
		t.Errorf("%d characters in all embeds", total)
	}
}

func TestLongRepliesStayInLimits(t *testing.T) {
	r := bot.Reply{Title: strings.Repeat("Title ", 80), Sources: []string{"Career Path"}, Answers: []bot.Answer{{ID: "x"}},
		Suggestions: []string{strings.Repeat("s", 150), "b", "c", "d", "e", "f"}}
	for range 40 {
		r.Body = append(r.Body, strings.Repeat("A long paragraph of the guide. ", 30))
	}
	for range 30 {
		r.Fields = append(r.Fields, bot.Field{Name: strings.Repeat("n", 300), Value: strings.Repeat("v", 2000)})
	}
	embeds, comps := render(r, renderOpts{Interactive: true})
	var body map[string]any
	json.Unmarshal([]byte(jsonOf(map[string]any{"embeds": embeds})), &body)
	checkEmbedLimits(t, body)
	if !strings.Contains(jsonOf(embeds), "the answer goes on in the guide, section Career Path") {
		t.Error("cut answers must say so")
	}
	row := jsonOf(comps)
	if strings.Contains(row, strings.Repeat("s", 150)) || !strings.Contains(row, `"custom_id":"mpm_share"`) {
		t.Errorf("buttons: %s", row)
	}
}

func FuzzMessageHandling(f *testing.F) {
	for _, s := range []string{"<@" + botID + "> salary senior", "can I work remotely?", "<@!1> <@2>", "", "😀?", strings.Repeat("x", 5000)} {
		f.Add(s, true, false)
	}
	a, err := New(Config{Token: testToken, AskChannels: []string{"650"}}, realCoach(f))
	if err != nil {
		f.Fatal(err)
	}
	a.selfID = botID
	f.Fuzz(func(t *testing.T, content string, mention, dm bool) {
		var ms []string
		if mention {
			ms = append(ms, botID)
		}
		guild := "500"
		if dm {
			guild = ""
		}
		var mc = new(messageCreateForTest)
		json.Unmarshal([]byte(jsonOf(message("1", "650", guild, "700", content, false, ms...))), &mc.m)
		embeds, ok := a.messageReply(&mc.m)
		if ok {
			var body map[string]any
			json.Unmarshal([]byte(jsonOf(map[string]any{"embeds": embeds})), &body)
			checkEmbedLimits(t, body)
		}
	})
}

func TestTipPostedOnce(t *testing.T) {
	f := newFakeDiscord(t)
	a, err := New(Config{Token: testToken, APIURL: f.srv.URL, Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}, realCoach(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.ConnectREST(context.Background()); err != nil { // no gateway needed to post
		t.Fatal(err)
	}
	ctx := context.Background()
	key := "weekday-tips · 2026-11-30 14:00 UTC"
	if posted, err := a.Posted(ctx, "650", key); err != nil || posted {
		t.Fatalf("before: %v %v", posted, err)
	}
	tip, _ := realCoach(t).TipByID("cmpe-handbook")
	if err := a.Post(ctx, "650", key, tip); err != nil {
		t.Fatal(err)
	}
	if posted, err := a.Posted(ctx, "650", key); err != nil || !posted {
		t.Errorf("after: %v %v", posted, err)
	}
	if posted, _ := a.Posted(ctx, "650", "weekday-tips · 2026-12-01 14:00 UTC"); posted {
		t.Error("another slot's key matched")
	}
}

// FuzzInteraction feeds INTERACTION_CREATE payloads through the parsing and answering
// an interaction goes through (without a session): no panic, and answers within limits.
func FuzzInteraction(f *testing.F) {
	f.Add(jsonOf(interaction("1", 2, slashData("salary", strOpt("level", "senior")), nil)))
	f.Add(jsonOf(interaction("2", 2, slashData("ask", strOpt("question", "can I work from home?")), nil)))
	f.Add(jsonOf(interaction("3", 3, map[string]any{"custom_id": "mpm_ask:faq 3", "component_type": 2}, nil)))
	f.Add(jsonOf(interaction("4", 4, map[string]any{"name": "mpm", "options": []any{map[string]any{"name": "faq", "type": 1}}}, nil)))
	f.Add(`{"type":2,"data":{"name":"mpm","options":[{"name":"salary","type":1,"options":[{"name":"level","type":4,"value":7}]}]}}`)
	c := realCoach(f)
	f.Fuzz(func(t *testing.T, payload string) {
		var i dg.InteractionCreate
		if json.Unmarshal([]byte(payload), &i) != nil || i.Interaction == nil {
			return
		}
		var text string
		switch i.Type {
		case dg.InteractionApplicationCommand:
			text = commandText(i.ApplicationCommandData())
		case dg.InteractionMessageComponent:
			text = strings.TrimPrefix(i.MessageComponentData().CustomID, customAsk)
		case dg.InteractionApplicationCommandAutocomplete:
			faqChoices(c.Catalog().FAQ, commandText(i.ApplicationCommandData()))
			return
		default:
			return
		}
		embeds, _ := render(c.Answer(context.Background(), bot.Request{Text: text, Platform: "fuzz"}), renderOpts{Interactive: true})
		var body map[string]any
		json.Unmarshal([]byte(jsonOf(map[string]any{"embeds": embeds})), &body)
		checkEmbedLimits(t, body)
	})
}
