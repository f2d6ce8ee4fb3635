# Quick start: `make demo` (ingest the sample corpus and show it) and `make test`.
# Both create or reuse .venv themselves; scripts/ installs what the machine lacks.
VENV := .venv
SW := $(VENV)/bin/storyweave
DEMO_DB ?= demo.db

.PHONY: demo test install clean-demo

install:
	bash scripts/bootstrap.sh

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(SW) ingest examples/corpus --db $(DEMO_DB)
	$(SW) summary --db $(DEMO_DB)
	@echo
	@echo "Open the web app:  $(SW) serve --db $(DEMO_DB)   then visit http://127.0.0.1:8000"
	@echo "Ask a question:    $(SW) ask \"When did Jonah Vale marry Greta Lindqvist?\" --db $(DEMO_DB)"
	@echo "Look up a name:    $(SW) show \"Greta Lindqvist\" --db $(DEMO_DB)"
	@echo "Export it:         $(SW) export --format json --db $(DEMO_DB) -o demo.json"

test:
	bash scripts/test.sh

clean-demo:
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm demo.json
