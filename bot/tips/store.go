package tips

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

var bucket = []byte("schedules")

// state is one schedule's progress, kept in the store after every step.
type state struct {
	Order    []string  `json:"order"`     // tip ids in this schedule's shuffled order
	Pos      int       `json:"pos"`       // index in Order of the next tip
	Cycle    int       `json:"cycle"`     // how many times the order was shuffled
	Created  time.Time `json:"created"`   // slots before this are not the schedule's
	LastSlot time.Time `json:"last_slot"` // the latest slot handled: posted, failed or skipped
	LastPost time.Time `json:"last_post"` // when a tip last went out
	LastTip  string    `json:"last_tip"`
	Pending  *pending  `json:"pending,omitempty"` // a post that may or may not have happened
}

// pending is written before a post and cleared after it, so a restart knows a post
// may have gone out and asks the platform before posting again.
type pending struct {
	Key  string    `json:"key"`
	Slot time.Time `json:"slot"`
	Tip  string    `json:"tip"`
}

// store keeps schedule state in a bbolt file.
type store struct{ db *bolt.DB }

func openStore(path string) (*store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("tip state %s is in use by another mpmcoach (serve?): %w", path, err)
		}
		return nil, fmt.Errorf("open tip state %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("init tip state %s: %w", path, err)
	}
	return &store{db: db}, nil
}

func (s *store) Close() error { return s.db.Close() }

// load returns a schedule's state, and whether it existed.
func (s *store) load(name string) (state, bool, error) {
	var st state
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket).Get([]byte(name))
		if b == nil {
			return nil
		}
		found = true
		return json.Unmarshal(b, &st)
	})
	if err != nil {
		return state{}, false, fmt.Errorf("read state of schedule %q: %w", name, err)
	}
	return st, found, nil
}

// save writes a schedule's state durably (bbolt syncs on commit).
func (s *store) save(name string, st state) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte(name), b) }); err != nil {
		return fmt.Errorf("write state of schedule %q: %w", name, err)
	}
	return nil
}
