;;; emacs_session.el --- Emacs 28 + Eglot 1.9 in batch, driving vramlint  -*- lexical-binding: t; -*-
;; The repository's Editors/emacs/vramlint.el, set up as a user would, opens the deployment
;; in $VRAMLINT_FILE; what Flymake and ElDoc received is written as JSON to $VRAMLINT_OUT for
;; test_editors.py to check.

(require 'json)
(require 'yaml-mode)
(add-to-list 'load-path (expand-file-name "Editors/emacs" (getenv "VRAMLINT_REPO")))
(require 'vramlint)

(defvar session-out nil)

(defun session-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun session-diagnostics ()
  (mapcar (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
              `((line . ,(1- (line-number-at-pos beg)))
                ;; Characters from the line start (current-column would count display
                ;; cells: an emoji takes two).
                (col . ,(- beg (save-excursion (goto-char beg) (line-beginning-position))))
                (end_line . ,(1- (line-number-at-pos end)))
                (end_col . ,(- end (save-excursion (goto-char end) (line-beginning-position))))
                (type . ,(symbol-name (flymake-diagnostic-type d)))
                (message . ,(flymake-diagnostic-text d)))))
          (flymake-diagnostics)))

(defun session-run ()
  (setq vramlint-command (list (getenv "VRAMLINT") "lsp"))
  (vramlint-setup)
  (find-file (getenv "VRAMLINT_FILE"))
  (push `(major_mode . ,(symbol-name major-mode)) session-out)
  ;; eglot-ensure connects after the command that opened the file, as in a live Emacs.
  (run-hooks 'post-command-hook)
  (push `(managed . ,(if (eglot-current-server) t :json-false)) session-out)
  (flymake-start)
  (push `(waited . ,(if (session-wait #'flymake-diagnostics 20) t :json-false)) session-out)
  (push `(diagnostics . ,(vconcat (session-diagnostics))) session-out)
  (unless (equal (getenv "VRAMLINT_SESSION") "diagnostics")
    (session-hover-and-fix))
  (eglot-shutdown (eglot-current-server)))

(defun session-hover-and-fix ()
  ;; Hover on the model line, as ElDoc asks.
  (goto-char (point-min))
  (re-search-forward "^model: ")
  (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                (eglot--TextDocumentPositionParams))))
    (push `(hover . ,(plist-get (plist-get hover :contents) :value)) session-out))
  ;; M-x vramlint-fix-all, then Flymake shows the republished diagnostics.
  (let ((tick (buffer-modified-tick)))
    (vramlint-fix-all)
    (push `(edited . ,(if (/= tick (buffer-modified-tick)) t :json-false)) session-out))
  (eglot--signal-textDocument/didChange)
  (session-wait (lambda ()
                  (flymake-start)
                  (accept-process-output nil 0.1)
                  (not (cl-find-if (lambda (d) (string-match-p "does-not-fit" (flymake-diagnostic-text d)))
                                   (flymake-diagnostics))))
                20)
  (push `(after_fix . ,(vconcat (session-diagnostics))) session-out)
  (push `(lines . ,(vconcat (split-string (buffer-string) "\n" t))) session-out))

(let ((status 0))
  (condition-case err
      (session-run)
    (error (push `(error . ,(error-message-string err)) session-out)
           (setq status 3)))
  (with-temp-file (getenv "VRAMLINT_OUT")
    (insert (json-encode session-out)))
  (kill-emacs status))
