/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers of the hostile-input suite: running the real dlmath binary with
 * its time and memory measured, judging what it printed, and the table of
 * known failures a test may hold while a fix is on its way. */

/* The longest stderr a refusal may take: one line that names the field,
 * quotes at most 60 characters of what was given, and says what is
 * accepted. */
#define HOSTILE_MAX_MESSAGE 300

typedef struct {
  int      status;     /* exit status, or 128 + the signal that ended it */
  gboolean killed;     /* it ran past its deadline and was killed */
  char    *out;
  char    *err;
  gint64   wall_us;    /* from spawn to exit */
  glong    maxrss_kb;  /* the child's peak resident set */
} HostileRun;

/* What a run needs beyond its arguments: NULL fields keep the test's own
 * (locale) or mean /dev/null (stdin_path); working_dir NULL: the test's. */
typedef struct {
  const char *locale;
  const char *stdin_path;
  const char *stdout_path;  /* NULL: kept in HostileRun.out */
  const char *working_dir;
  double      deadline_s;   /* 0: 60 s */
} HostileSpawn;

/* Runs $DLMATH with @args (NULL-terminated), no display, stdout and
 * stderr kept; safe to call from several threads at once. */
HostileRun *hostile_run        (const HostileSpawn *how,
                                const char *const  *args);
void        hostile_run_free   (HostileRun         *run);
/* The same, with the listing of @dir (see hostile_list_dir) before and
 * after the run in *before and *after. */
HostileRun *hostile_run_listed (const HostileSpawn *how,
                                const char *const  *args,
                                const char         *dir,
                                char              **before,
                                char              **after);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HostileRun, hostile_run_free)

/* Whether the sanitizers are built in (slow start, shadow memory). */
gboolean    hostile_sanitized  (void);

/* What is wrong with stderr @err, or NULL: it must be valid UTF-8, at most
 * HOSTILE_MAX_MESSAGE bytes, carry no GLib CRITICAL/WARNING nor a
 * sanitizer report, and, if @key is not NULL, name @key as a word. */
char       *hostile_check_message (const char *err,
                                   const char *key);
/* What is wrong with how stderr @err quotes @value, or NULL: never more
 * than DLM_QUOTE_MAX_CHARS (60) of its characters in a row. */
char       *hostile_check_quote (const char *err,
                                 const char *value);
/* Whether @text contains @word with no letter, digit, '-' or '_' either
 * side ("p" in "p: 2 is …" but not in "accepted"). */
gboolean    hostile_names_word (const char *text,
                                const char *word);

/* A new empty directory, its sorted listing ("a\nb\n", "" when empty, with
 * hidden files), and removing it with what is in it. */
char       *hostile_temp_dir   (void);
char       *hostile_list_dir   (const char *dir);
void        hostile_remove_dir (const char *dir);

/* A short, printable form of a hostile value or a message for a failure
 * report: text longer than @max_chars, or bytes that are not UTF-8, are
 * summarised ("100000 bytes: 111…"). */
char       *hostile_describe_value (const char *value,
                                    guint       max_chars);

/* Failures that wait for a fix elsewhere. A test looks a failing case up
 * by its @id; a listed one is reported, not failed. hostile_known_report()
 * prints every entry with its reproducer and says which ones now pass, so
 * the table can be emptied as the fixes land. */
typedef struct {
  const char *id;
  const char *reproducer;
} HostileKnown;

typedef struct _HostileFailures HostileFailures;

HostileFailures *hostile_failures_new   (const HostileKnown *known,
                                         guint               n_known);
/* Records that case @id failed with @what (printf-style); thread-safe. */
void             hostile_failures_add   (HostileFailures    *failures,
                                         const char         *id,
                                         const char         *format,
                                         ...) G_GNUC_PRINTF (3, 4);
/* Records that case @id failed with @problem, with the run's stderr. */
void             hostile_failures_add_run (HostileFailures  *failures,
                                           const char       *id,
                                           const char       *problem,
                                           const HostileRun *run);
/* Prints the known failures, fails the test on any other, frees. */
void             hostile_failures_check (HostileFailures    *failures);

G_END_DECLS
