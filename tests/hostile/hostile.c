/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hostile.h"

gboolean
hostile_sanitized (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#else
  return FALSE;
#endif
}

static char *
read_and_remove (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

static char **
child_environment (const HostileSpawn *how)
{
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  if (how->locale != NULL)
    env = g_environ_setenv (env, "LC_ALL", how->locale, TRUE);
  return env;
}

/* wait4() rather than waitpid(): the child's own rusage, whichever other
 * children the test's threads are waiting for. A child past its deadline
 * (a read that blocks forever) is killed, so a hang fails the case
 * instead of the whole suite's time limit. */
static void
wait_for (pid_t       pid,
          double      deadline_s,
          HostileRun *run)
{
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + (gint64) (deadline_s * G_USEC_PER_SEC);
  struct rusage usage = { 0 };
  int status = 0;
  pid_t done;

  while ((done = wait4 (pid, &status, WNOHANG, &usage)) == 0)
    {
      if (g_get_monotonic_time () > end && !run->killed)
        {
          kill (pid, SIGKILL);
          run->killed = TRUE;
        }
      g_usleep (2000);
    }
  g_assert_cmpint (done, ==, pid);
  run->wall_us = g_get_monotonic_time () - start;
  run->maxrss_kb = usage.ru_maxrss;
  run->status = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

HostileRun *
hostile_run (const HostileSpawn *how,
             const char *const  *args)
{
  static const HostileSpawn defaults = { 0 };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = NULL;
  g_autofree char *out_path = NULL, *err_path = NULL;
  posix_spawn_file_actions_t actions;
  HostileRun *run = g_new0 (HostileRun, 1);
  int out_fd, err_fd;
  pid_t pid;

  how = how != NULL ? how : &defaults;
  env = child_environment (how);
  g_ptr_array_add (argv, (char *) g_getenv ("DLMATH"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  out_fd = g_file_open_tmp ("dlm-hostile-out-XXXXXX", &out_path, NULL);
  err_fd = g_file_open_tmp ("dlm-hostile-err-XXXXXX", &err_path, NULL);
  g_assert_cmpint (out_fd, >=, 0);
  g_assert_cmpint (err_fd, >=, 0);
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 0, how->stdin_path ? how->stdin_path : "/dev/null",
                                    O_RDONLY, 0);
  if (how->stdout_path != NULL)
    posix_spawn_file_actions_addopen (&actions, 1, how->stdout_path, O_WRONLY, 0);
  else
    posix_spawn_file_actions_adddup2 (&actions, out_fd, 1);
  posix_spawn_file_actions_adddup2 (&actions, err_fd, 2);
  if (how->working_dir != NULL)
    posix_spawn_file_actions_addchdir_np (&actions, how->working_dir);
  g_assert_cmpint (posix_spawn (&pid, argv->pdata[0], &actions, NULL, (char **) argv->pdata, env),
                   ==, 0);
  posix_spawn_file_actions_destroy (&actions);
  close (out_fd);
  close (err_fd);

  wait_for (pid, how->deadline_s > 0 ? how->deadline_s : 60, run);
  run->out = read_and_remove (out_path);
  run->err = read_and_remove (err_path);
  return run;
}

void
hostile_run_free (HostileRun *run)
{
  if (run == NULL)
    return;
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

gboolean
hostile_names_word (const char *text,
                    const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean before = p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '-' || p[-1] == '_');
      gboolean after = g_ascii_isalnum (p[len]) || p[len] == '-' || p[len] == '_';

      if (!before && !after)
        return TRUE;
    }
  return FALSE;
}

char *
hostile_check_message (const char *err,
                       const char *key)
{
  static const char *const alarms[] = {
    "CRITICAL", "WARNING", "runtime error", "AddressSanitizer", "LeakSanitizer", NULL
  };

  if (!g_utf8_validate (err, -1, NULL))
    return g_strdup ("stderr is not valid UTF-8");
  if (strlen (err) > HOSTILE_MAX_MESSAGE)
    return g_strdup_printf ("stderr has %zu bytes, more than %d", strlen (err), HOSTILE_MAX_MESSAGE);
  for (guint i = 0; alarms[i] != NULL; i++)
    if (strstr (err, alarms[i]) != NULL)
      return g_strdup_printf ("stderr has a %s", alarms[i]);
  if (key != NULL && !hostile_names_word (err, key))
    return g_strdup_printf ("stderr does not name %s", key);
  return NULL;
}

char *
hostile_check_quote (const char *err,
                     const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);
  g_autofree char *head = NULL;

  if (g_utf8_strlen (valid, -1) <= 60)
    return NULL;
  head = g_utf8_substring (valid, 0, 61);
  return strstr (err, head) != NULL ? g_strdup ("stderr quotes more than 60 characters of the value")
                                    : NULL;
}

char *
hostile_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dlm-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
hostile_list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s\n", (char *) names->pdata[i]);
  return g_string_free (out, FALSE);
}

void
hostile_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        hostile_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

char *
hostile_describe_value (const char *value,
                        guint       max_chars)
{
  gsize len = strlen (value);
  g_autofree char *head = NULL;

  if (!g_utf8_validate (value, -1, NULL))
    {
      head = g_strndup (value, MIN (len, max_chars));
      g_autofree char *escaped = g_strescape (head, "");
      return g_strdup_printf ("%zu bytes: %s…", len, escaped);
    }
  if (g_utf8_strlen (value, -1) <= max_chars)
    return g_strdup (value);
  head = g_utf8_substring (value, 0, max_chars);
  return g_strdup_printf ("%zu bytes: %s…", len, head);
}

/* ---- known failures ------------------------------------------------------ */

struct _HostileFailures {
  GMutex              lock;
  const HostileKnown *known;
  guint               n_known;
  gboolean           *seen;      /* per known entry: it failed this run */
  GString            *unknown;
  guint               n_unknown;
};

HostileFailures *
hostile_failures_new (const HostileKnown *known,
                      guint               n_known)
{
  HostileFailures *f = g_new0 (HostileFailures, 1);

  g_mutex_init (&f->lock);
  f->known = known;
  f->n_known = n_known;
  f->seen = g_new0 (gboolean, MAX (n_known, 1));
  f->unknown = g_string_new (NULL);
  return f;
}

void
hostile_failures_add (HostileFailures *f,
                      const char      *id,
                      const char      *format,
                      ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint i;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_mutex_lock (&f->lock);
  for (i = 0; i < f->n_known && g_strcmp0 (f->known[i].id, id) != 0; i++)
    ;
  if (i < f->n_known)
    f->seen[i] = TRUE;
  else if (f->n_unknown++ < 200)
    g_string_append_printf (f->unknown, "%s: %s\n", id, what);
  g_mutex_unlock (&f->lock);
}

void
hostile_failures_add_run (HostileFailures  *f,
                          const char       *id,
                          const char       *problem,
                          const HostileRun *run)
{
  g_autofree char *err = hostile_describe_value (run->err, 200);

  hostile_failures_add (f, id, "%s; stderr: %s", problem, err);
}

void
hostile_failures_check (HostileFailures *f)
{
  for (guint i = 0; i < f->n_known; i++)
    g_printerr ("# known failure%s: %s\n#   reproducer: %s\n",
                f->seen[i] ? "" : " that NOW PASSES (remove it from the table)",
                f->known[i].id, f->known[i].reproducer);
  if (f->n_unknown > 0)
    g_error ("%u failing cases (the first 200):\n%s", f->n_unknown, f->unknown->str);
  g_string_free (f->unknown, TRUE);
  g_free (f->seen);
  g_mutex_clear (&f->lock);
  g_free (f);
}

HostileRun *
hostile_run_listed (const HostileSpawn *how,
                    const char *const  *args,
                    const char         *dir,
                    char              **before,
                    char              **after)
{
  HostileRun *run;

  *before = hostile_list_dir (dir);
  run = hostile_run (how, args);
  *after = hostile_list_dir (dir);
  return run;
}
