package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/bot/discord"
	"github.com/mpmcoach/mpmcoach/bot/slack"
	"github.com/mpmcoach/mpmcoach/bot/tips"
	"github.com/mpmcoach/mpmcoach/config"
)

const tipsUsage = `Usage:
  mpmcoach tips list                   schedules, next run in their zone, last post
  mpmcoach tips preview NAME           the tip NAME would post next, rendered
  mpmcoach tips post NAME [--dry-run]  post NAME's next tip now (--dry-run: show it only)

Schedules are in the settings file under tips: (see config.example.yaml). These commands
read the same state file as serve, which holds it while running: stop serve first.
`

func tipsConfig(cfg *config.Config) tips.Config {
	tc := tips.Config{State: cfg.Tips.State, CatchUp: time.Duration(cfg.Tips.CatchUp)}
	for _, s := range cfg.Tips.Schedules {
		tc.Schedules = append(tc.Schedules, tips.Schedule{Name: s.Name, Platform: s.Platform, Channel: s.Channel, Cron: s.Cron, Timezone: s.Timezone})
	}
	return tc
}

// posters connects to the platforms the schedules use (REST only, for the CLI).
func cliPosters(ctx context.Context, cfg *config.Config, coach *bot.Coach, log *slog.Logger) (map[string]tips.Poster, error) {
	live := bot.NewLive(coach)
	posters := map[string]tips.Poster{}
	for _, p := range cfg.Platforms() {
		switch p {
		case "slack":
			ad, err := newSlack(cfg, live, log, nil)
			if err != nil {
				return nil, err
			}
			if err := ad.Check(ctx); err != nil {
				return nil, err
			}
			posters[p] = ad
		case "discord":
			da, err := newDiscord(cfg, live, log, nil)
			if err != nil {
				return nil, err
			}
			if err := da.ConnectREST(ctx); err != nil {
				return nil, err
			}
			posters[p] = da
		}
	}
	return posters, nil
}

func newSlack(cfg *config.Config, coach *bot.Live, log *slog.Logger, onError func(string)) (*slack.Adapter, error) {
	sl := cfg.Slack
	return slack.New(slack.Config{
		BotToken: sl.BotToken.Reveal(), SigningSecret: sl.SigningSecret.Reveal(), AppToken: sl.AppToken.Reveal(),
		APIURL: sl.APIURL, Logger: log, AnswerCache: *cfg.AnswerCache, OnError: onError,
	}, coach)
}

func newDiscord(cfg *config.Config, coach *bot.Live, log *slog.Logger, onError func(string)) (*discord.Adapter, error) {
	return discord.New(discord.Config{
		Token: cfg.Discord.BotToken.Reveal(), APIURL: cfg.Discord.APIURL, GuildID: cfg.Discord.GuildID,
		AskChannels: cfg.Discord.AskChannels, Logger: log, OnError: onError,
	}, coach)
}

func runTips(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "preview" && args[0] != "post") {
		fmt.Fprint(stdout, tipsUsage)
		if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
			return nil
		}
		return errUsage
	}
	verb := args[0]
	fs := subcommand("tips "+verb, tipsUsage, stdout)
	dryRun := fs.Bool("dry-run", false, "show the tip without posting it")
	if stop, err := parseFlagsAnywhere(fs, args[1:]); stop {
		return err
	}
	if (verb == "list") != (fs.NArg() == 0) || fs.NArg() > 1 {
		fmt.Fprint(stdout, tipsUsage)
		return errUsage
	}
	if len(cfg.Tips.Schedules) == 0 {
		return errors.New("tips: no schedules in the settings file (tips.schedules); see config.example.yaml")
	}
	log := quietLogger(stdout)
	coach, err := newCoach(cfg, log, false) // tips are picked, not searched
	if err != nil {
		return err
	}
	posters := map[string]tips.Poster{}
	if verb == "post" && !*dryRun {
		if posters, err = cliPosters(ctx, cfg, coach, log); err != nil {
			return err
		}
	} else {
		for _, p := range cfg.Platforms() {
			posters[p] = nil // known to be configured; nothing is posted
		}
	}
	sched, err := tips.New(tipsConfig(cfg), coach, posters, tips.WithLogger(log))
	if err != nil {
		return err
	}
	defer sched.Close()
	switch verb {
	case "list":
		list, err := sched.List()
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tPLATFORM\tCHANNEL\tCRON\tNEXT RUN\tLAST POST\tROTATION")
		for _, s := range list {
			last := "never"
			if !s.LastPost.IsZero() && s.LastPost.Year() > 1 {
				last = s.LastPost.Format("Mon 2 Jan 15:04 MST") + " (" + strings.TrimPrefix(s.LastTip, "tip/") + ")"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d of %d shown\n", s.Name, s.Platform, s.Channel, s.Cron,
				s.Next.Format("Mon 2 Jan 15:04 MST"), last, s.Done, s.Of)
		}
		return tw.Flush()
	case "preview":
		r, err := sched.Preview(fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprint(stdout, bot.Text(r))
	default:
		r, err := sched.PostNow(ctx, fs.Arg(0), *dryRun)
		if err != nil {
			return err
		}
		fmt.Fprint(stdout, bot.Text(r))
		if !*dryRun {
			for _, sc := range cfg.Tips.Schedules {
				if sc.Name == fs.Arg(0) {
					fmt.Fprintf(stdout, "\nPosted to %s channel %s.\n", sc.Platform, sc.Channel)
				}
			}
		}
	}
	return nil
}

const configUsage = `Usage: mpmcoach config check [--config FILE]

Check the settings file and the environment without connecting anywhere: print which
platforms and schedules serve would start, or every problem found (exit status 1).
`

func runConfig(cfg *config.Config, cfgErr error, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprint(stdout, configUsage)
		if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
			return nil
		}
		return errUsage
	}
	if cfgErr != nil {
		return cfgErr
	}
	var problems []error
	if err := tips.Validate(tipsConfig(cfg), cfg.Platforms()); err != nil {
		problems = append(problems, err)
	}
	sl := cfg.Slack
	if sl.BotToken != "" || sl.AppToken != "" || sl.SigningSecret != "" {
		switch {
		case !strings.HasPrefix(sl.BotToken.Reveal(), "xoxb-"):
			problems = append(problems, errors.New("SLACK_BOT_TOKEN should be a bot token (xoxb-...)"))
		case sl.AppToken == "" && sl.SigningSecret == "":
			problems = append(problems, errors.New("set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) for Slack"))
		case sl.AppToken != "" && !strings.HasPrefix(sl.AppToken.Reveal(), "xapp-"):
			problems = append(problems, errors.New("SLACK_APP_TOKEN should be an app-level token (xapp-...)"))
		}
	}
	if t := cfg.Discord.BotToken.Reveal(); t != "" {
		if _, err := discord.ClientIDFromToken(t); err != nil {
			problems = append(problems, fmt.Errorf("DISCORD_BOT_TOKEN: %v", err))
		}
	}
	if err := errors.Join(problems...); err != nil {
		return err
	}
	where := "no settings file (defaults and environment)"
	if cfg.File != "" {
		where = cfg.File
	}
	fmt.Fprintf(stdout, "%s: ok\n", where)
	guide := "built-in guide"
	if cfg.Guide != "" {
		guide = cfg.Guide
	}
	fmt.Fprintf(stdout, "guide: %s\n", guide)
	if len(cfg.Platforms()) == 0 {
		fmt.Fprintln(stdout, "serve would stop: no platform configured (set SLACK_* or DISCORD_BOT_TOKEN)")
	}
	for _, p := range cfg.Platforms() {
		switch p {
		case "slack":
			mode := "HTTP on " + cfg.Addr + " (/slack/commands, /slack/events, /slack/interactions)"
			if sl.AppToken != "" {
				mode = "Socket Mode"
			}
			fmt.Fprintf(stdout, "slack: %s\n", mode)
		case "discord":
			scope := "global commands"
			if cfg.Discord.GuildID != "" {
				scope = "commands in server " + cfg.Discord.GuildID
			}
			fmt.Fprintf(stdout, "discord: gateway, %s, %d ask channels\n", scope, len(cfg.Discord.AskChannels))
		}
	}
	for _, s := range cfg.Tips.Schedules {
		fmt.Fprintf(stdout, "tips: %s posts to %s channel %s at %q (%s)\n", s.Name, s.Platform, s.Channel, s.Cron, s.Timezone)
	}
	return nil
}
