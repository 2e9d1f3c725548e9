package profiles

import (
	"path/filepath"
	"testing"

	"github.com/mpmcoach/mpmcoach/bot"
)

func TestStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readiness.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.LoadProfile("slack:U1"); ok {
		t.Fatal("empty store has a profile")
	}
	p := bot.Profile{Items: []string{"billing", "cmpe"}, Years: 4, HasYears: true}
	if err := s.SaveProfile("slack:U1", p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, _ = Open(path) // survives a restart
	defer s.Close()
	got, ok, err := s.LoadProfile("slack:U1")
	if err != nil || !ok || got.Years != 4 || len(got.Items) != 2 {
		t.Fatalf("got %+v %v %v", got, ok, err)
	}
	if _, ok, _ := s.LoadProfile("discord:U1"); ok {
		t.Error("keys are per platform")
	}
	if had, _ := s.DeleteProfile("slack:U1"); !had {
		t.Error("delete reported nothing")
	}
	if _, ok, _ := s.LoadProfile("slack:U1"); ok {
		t.Error("still there after delete")
	}
}
