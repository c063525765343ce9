/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Running the real dlmath binary ($DLMATH) with no display, as a script
 * would, and the temporary folders its tests write into; shared by the
 * cli suite's programs. */

typedef struct {
  int    status;   /* the exit status (the process must exit, not die) */
  char  *out;
  char  *err;
} CliRun;

void    cli_run_clear    (CliRun            *run);
/* dlmath @args in @dir (NULL: here) with LC_ALL=@locale (NULL: as set). */
CliRun  cli_run_argv     (const char        *dir,
                          const char        *locale,
                          const char *const *args);
/* A new folder under the temporary directory, "@prefix-XXXXXX". */
char   *cli_temp_dir     (const char        *prefix);
guint   cli_count_files  (const char        *dir);
/* Removes @dir and everything in it (links are removed, not followed). */
void    cli_remove_dir   (const char        *dir);

G_END_DECLS
