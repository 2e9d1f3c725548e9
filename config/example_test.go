package config

import "testing"

// The example in the repo must stay loadable as documented.
func TestExampleFileLoads(t *testing.T) {
	c, err := Load("../config.example.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" {
		t.Errorf("addr %q", c.Addr)
	}
}
