;;; vramlint.el --- vramlint's language server in Eglot  -*- lexical-binding: t; -*-

;; Author: the vramlint authors
;; Version: 0.1
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools
;; URL: https://github.com/vramlint/vramlint

;;; Commentary:

;; Flags LLM deployment files that will not fit in GPU memory while they are written:
;; diagnostics through Flymake, memory breakdowns through ElDoc (hover), and the memory
;; model's fixes as code actions.  Written for Emacs 28 with Eglot 1.9 (Debian 12's
;; `emacs-nox' and `elpa-eglot'); Emacs 29's built-in Eglot works the same.
;;
;;   (require 'vramlint)
;;   (vramlint-setup)
;;
;; Eglot runs one server per major mode and project: a YAML buffer managed by vramlint is
;; not also managed by another YAML server (yaml-language-server) in the same project.

;;; Code:

(require 'eglot)
(require 'cl-lib)

(defgroup vramlint nil
  "Will this LLM deployment fit in GPU memory?"
  :group 'tools
  :prefix "vramlint-")

(defcustom vramlint-command '("vramlint" "lsp")
  "The command that starts vramlint's language server."
  :type '(repeat string))

(defcustom vramlint-major-modes '(yaml-mode yaml-ts-mode)
  "The major modes of deployment files."
  :type '(repeat symbol))

(defcustom vramlint-deployment-predicate #'vramlint-deployment-p
  "Decides whether the current YAML buffer is a deployment file."
  :type 'function)

(defconst vramlint-project-file ".vramlint.yaml"
  "The project file; the server applies its include/exclude globs.")

(defun vramlint-deployment-p ()
  "Whether the current buffer is a deployment file.
True when a project file governs its folder, or when one of its first 50
lines has a top-level `model:' key or mentions vramlint."
  (or (and buffer-file-name
           (locate-dominating-file buffer-file-name vramlint-project-file))
      (save-excursion
        (save-restriction
          (widen)
          (goto-char (point-min))
          (let ((limit (save-excursion (forward-line 50) (point))))
            (re-search-forward "^model[ \t]*:\\|vramlint" limit t))))))

(defun vramlint--contact (&optional _interactive)
  "The server command for Eglot."
  vramlint-command)

(defun vramlint-maybe-start ()
  "Start or join vramlint's Eglot session when this buffer is a deployment."
  (when (funcall vramlint-deployment-predicate)
    (eglot-ensure)))

;;;###autoload
(defun vramlint-setup ()
  "Register vramlint with Eglot and start it in deployment buffers."
  (interactive)
  (add-to-list 'eglot-server-programs (cons vramlint-major-modes #'vramlint--contact))
  (dolist (mode vramlint-major-modes)
    (add-hook (intern (format "%s-hook" mode)) #'vramlint-maybe-start)))

;;;###autoload
(defun vramlint-fix-all ()
  "Apply every vramlint fix in the buffer (the server's fix-all action)."
  (interactive)
  (eglot-code-actions (point-min) (point-max) "source.fixAll.vramlint" t))

(provide 'vramlint)
;;; vramlint.el ends here
