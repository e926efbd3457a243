# vramlint: static release build, install, release tarball. Documentation/release.md
# explains each target; GNU make and a Linux Swift 6 toolchain are assumed.
#
#   make                          static release build (.build-static/release/vramlint),
#                                 man page and shell completions (.build-static/generated)
#   make install [PREFIX=/usr/local] [DESTDIR=]
#   make uninstall [PREFIX=/usr/local] [DESTDIR=]
#   make dist                     .build-static/dist/vramlint-VERSION-linux-ARCH.tar.gz
#   make check-static             .ci/static-binary-check on the installed layout (root)

SWIFT      ?= swift
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     ?= $(PREFIX)/bin
# Only for removing the layout of releases before the catalogs were compiled in
# (libexec/vramlint/ held the binary and its resource bundle, bin/vramlint was a symlink).
LIBEXECDIR ?= $(PREFIX)/libexec
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d
INSTALL    ?= install
# Installed binaries are stripped (about 85 MB -> 62 MB); `make install STRIP=` keeps symbols.
STRIP      ?= strip

SCRATCH ?= .build-static
TOOLS   ?= .build-tools
BIN     := $(SCRATCH)/release/vramlint
GEN     := $(SCRATCH)/generated
MAN     := $(GEN)/vramlint.1
COMPLETIONS := $(GEN)/vramlint.bash $(GEN)/_vramlint $(GEN)/vramlint.fish

# The Swift runtime and Foundation come in statically (--static-swift-stdlib); libstdc++
# and libgcc too: the runtime's link file asks for -lstdc++, so a directory holding only
# libstdc++.a goes first on the search path, and -static-libgcc swaps libgcc_s for
# libgcc_eh. What is left dynamic: libc, libm, the loader and libyaml.
LIBSTDCXX_A ?= $(shell clang -print-file-name=libstdc++.a 2>/dev/null)
STATIC_LIBS := $(abspath $(SCRATCH))/static-libs
# PRODUCT= (empty) builds every product of the package with these flags (one static
# build of everything, e.g. for CI into .build).
PRODUCT ?= vramlint
SWIFT_BUILD_FLAGS = -c release $(if $(PRODUCT),--product $(PRODUCT)) --scratch-path $(SCRATCH) \
  --static-swift-stdlib -Xswiftc -L$(STATIC_LIBS) \
  -Xswiftc -Xclang-linker -Xswiftc -static-libgcc

# generate-manual comes from the swift-argument-parser checkout SwiftPM resolved for us.
ARGUMENT_PARSER := $(SCRATCH)/checkouts/swift-argument-parser
GENERATE_MANUAL := $(TOOLS)/generate-manual/debug/generate-manual
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

VERSION  = $(shell $(BIN) --version)
ARCH     = $(shell uname -m)
DIST    := $(SCRATCH)/dist
TARBALL  = $(DIST)/vramlint-$(VERSION)-linux-$(ARCH).tar.gz
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || date +%s)

.PHONY: all build built built-data man completions install install-bin install-data uninstall \
  dist check-static clean FORCE

all: build man completions

build: $(BIN)

# SwiftPM decides what is out of date; the recipe always runs and is quick when nothing is.
$(BIN): FORCE
	@case "$(LIBSTDCXX_A)" in /*) test -f "$(LIBSTDCXX_A)" ;; *) false ;; esac || \
	  { echo "libstdc++.a not found (clang -print-file-name=libstdc++.a); install libstdc++-12-dev or set LIBSTDCXX_A=" >&2; exit 1; }
	@mkdir -p $(STATIC_LIBS)
	@ln -sf "$(LIBSTDCXX_A)" $(STATIC_LIBS)/libstdc++.a
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

man: $(MAN)

# generate-manual drops every non-ASCII character (its escaping keeps only ASCII), so the
# help it reads goes through a wrapper that spells the few we use in ASCII.
$(MAN): $(BIN) $(GENERATE_MANUAL)
	@mkdir -p $(GEN)/man
	@printf '%s\n' '#!/bin/sh' \
	  '"$(abspath $(BIN))" "$$@" | sed -e "s/—/--/g; s/–/-/g; s/×/x/g; s/…/.../g"' \
	  > $(GEN)/vramlint-ascii-help
	@chmod +x $(GEN)/vramlint-ascii-help
	$(GENERATE_MANUAL) $(GEN)/vramlint-ascii-help --date $(MAN_DATE) --output-directory $(GEN)/man
	mv $(GEN)/man/vramlint.1 $@

$(GENERATE_MANUAL): | $(BIN)
	$(SWIFT) build --package-path $(ARGUMENT_PARSER) \
	  --scratch-path $(abspath $(TOOLS))/generate-manual --product generate-manual

completions: $(COMPLETIONS)

$(GEN)/vramlint.bash: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script bash > $@.tmp && mv $@.tmp $@
$(GEN)/_vramlint: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script zsh > $@.tmp && mv $@.tmp $@
$(GEN)/vramlint.fish: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script fish > $@.tmp && mv $@.tmp $@

install: install-bin install-data

# `sudo make install` installs what `make` built and builds nothing: a build as root would
# leave root-owned files in the build folder, and root's PATH often lacks the toolchain.
built:
	@test -x $(BIN) || { echo "$(BIN) is not built: run make (as yourself) first, then make install" >&2; exit 1; }
built-data: built
	@for f in $(MAN) $(COMPLETIONS); do test -f "$$f" || \
	  { echo "$$f is not built: run make (as yourself) first, then make install" >&2; exit 1; }; done

# The binary alone: the catalogs are compiled into it (Benchmarks/catalogs/embed.py), so it
# needs no file beside it. All `make check-static` needs. An installation in the old layout
# (binary and resource bundle in $(LIBEXECDIR)/vramlint/) is removed first.
install-bin: built
	$(INSTALL) -d $(DESTDIR)$(BINDIR)
	if [ -d $(DESTDIR)$(LIBEXECDIR)/vramlint ]; then rm -rf $(DESTDIR)$(LIBEXECDIR)/vramlint; fi
	$(INSTALL) -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/vramlint
	$(if $(STRIP),$(STRIP) $(DESTDIR)$(BINDIR)/vramlint)

install-data: built-data
	$(INSTALL) -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	  $(DESTDIR)$(FISHCOMPDIR)
	$(INSTALL) -m 0644 $(MAN) $(DESTDIR)$(MANDIR)/man1/vramlint.1
	$(INSTALL) -m 0644 $(GEN)/vramlint.bash $(DESTDIR)$(BASHCOMPDIR)/vramlint
	$(INSTALL) -m 0644 $(GEN)/_vramlint $(DESTDIR)$(ZSHCOMPDIR)/_vramlint
	$(INSTALL) -m 0644 $(GEN)/vramlint.fish $(DESTDIR)$(FISHCOMPDIR)/vramlint.fish

# Also removes $(LIBEXECDIR)/vramlint/ (binary and bundle) of an installation in the old layout.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/vramlint \
	  $(DESTDIR)$(MANDIR)/man1/vramlint.1 $(DESTDIR)$(BASHCOMPDIR)/vramlint \
	  $(DESTDIR)$(ZSHCOMPDIR)/_vramlint $(DESTDIR)$(FISHCOMPDIR)/vramlint.fish
	rm -rf $(DESTDIR)$(LIBEXECDIR)/vramlint

# A PREFIX tree (bin/, share/) with no top directory: unpack with
# `tar -xzf vramlint-….tar.gz -C /usr/local`.
dist: all
	rm -rf $(DIST)/stage
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(DIST))/stage PREFIX=
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$(SOURCE_DATE_EPOCH) \
	  -C $(DIST)/stage -czf $(TARBALL) bin share
	rm -rf $(DIST)/stage
	@echo "$(TARBALL)"

# SwiftPM never deletes a resource bundle once built, so a build folder from before the
# catalogs were compiled in may still hold $(SCRATCH)/release/vramlint_VRAMModel.resources.
# It is neither installed nor checked (the check runs the installed binary alone); delete it.
check-static: build
	@for b in $(SCRATCH)/release/*.resources; do if [ -e "$$b" ]; then \
	  echo "note: ignoring $$b: SwiftPM leaves old resource bundles behind; the catalogs are compiled in, so it is neither installed nor checked (delete it)"; \
	fi; done
	rm -rf $(SCRATCH)/check-stage
	$(MAKE) --no-print-directory install-bin DESTDIR=$(abspath $(SCRATCH))/check-stage PREFIX=/usr
	.ci/static-binary-check $(SCRATCH)/check-stage/usr/bin/vramlint
	rm -rf $(SCRATCH)/check-stage

clean:
	rm -rf $(SCRATCH) $(TOOLS)

FORCE:
