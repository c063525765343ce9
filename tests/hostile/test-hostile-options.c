/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostile.h"

/* Every command-line option with values it must refuse, and --export with
 * targets that cannot take a file. Each runs the real binary in a
 * directory of its own that holds a folder named like a figure, a link to
 * nothing and a folder it may not write to; it asserts the exit status
 * (2: bad option or value, 1: a file that cannot be written), a short
 * message naming the option, and that the directory holds afterwards what
 * it held before, plus the figure only when it was written. */

typedef struct {
  const char *args[12];
  int         status;
  const char *key;       /* the option or key the message names */
  const char *written;   /* the file a successful run adds, or NULL */
  const char *locale;
} OptionCase;

#define HUNDRED_KB "@100KB"   /* replaced by 100 kB of text */

static const OptionCase option_cases[] = {
  { { "--topic", "softmax", "--size", "0x0", "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--size", "100000x100000", "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--size", "-5x3", "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--size", "abc", "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--size", "0x10x0x10", "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--size", HUNDRED_KB, "--export", "x.png" }, 2, "--size" },
  { { "--topic", "softmax", "--theme", "bogus", "--export", "x.png" }, 2, "--theme" },
  { { "--topic", "softmax", "--theme", "", "--export", "x.png" }, 2, "--theme" },
  { { "--topic", "softmax", "--scale", "nan", "--export", "x.png" }, 2, "--scale" },
  { { "--topic", "softmax", "--scale", "1e308", "--export", "x.png" }, 2, "--scale" },
  { { "--topic", "softmax", "--scale", "0x10", "--export", "x.png" }, 2, "--scale" },
  { { "--topic", "softmax", "--seed", "-1", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", "4294967296", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", "18446744073709551616", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", "0x10", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", "\xd9\xa3", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", "", "--summary" }, 2, "--seed" },
  { { "--topic", "softmax", "--seed", HUNDRED_KB, "--summary" }, 2, "--seed" },
  { { "--topic", "sampling", "--seed", "4294967295", "--export", "x.csv" }, 0, NULL, "x.csv" },
  { { "--topic", "unknown", "--summary" }, 2, "--topic" },
  { { "--topic", "", "--summary" }, 2, "--topic" },
  { { "--topic", HUNDRED_KB, "--summary" }, 2, "--topic" },
  { { "--topic", "\xff\xfe", "--summary" }, 2, "--topic" },
  { { "--list-params" }, 2, "--topic" },
  { { "--topic", "softmax", "--set", "logits", "--summary" }, 2, "--set" },
  { { "--topic", "softmax", "--set", "=1", "--summary" }, 2, "--set" },
  { { "--topic", "softmax", "--set", "colour=red", "--summary" }, 2, "colour" },
  { { "--topic", "softmax", "--set", HUNDRED_KB, "--summary" }, 2, "--set" },
  { { "--topic", "softmax", "--bogus" }, 2, "--bogus" },
  { { "--topic", "softmax", "--size" }, 2, "--size" },
  { { "--topic", "softmax", "--set", "logits=1 2" }, 2, "--export" },
  { { "--quiz", "--export", "-" }, 2, "--quiz" },
  { { "--topic", "dot", "--quiz", "--size", "10x10", "--export", "q.pdf" }, 2, "--quiz" },
  { { "--topic", "dot", "--quiz", "--export", "q.png" }, 2, "--export" },
  { { "--topic", "dot", "--quiz", "--seed", "-1", "--export", "q.pdf" }, 2, "--seed" },
  { { "--topic", "dot", "--quiz" }, 2, "--quiz" },
  { { "--topic", "dot", "--quiz", "--export", "missing/q.pdf" }, 1, "--export" },
  { { "--deck", "x.pdf", "--topics", HUNDRED_KB }, 2, "--topics" },
  { { "--deck", "x.pdf", "--topics", "\xff\xfe" }, 2, "--topics" },
  { { "--deck", "x.pdf", "--topics", ",softmax" }, 2, "--topics" },
  { { "--deck", "x.pdf", "--size", "0x0" }, 2, "--size" },
  { { "--deck", "x.pdf", "--size", HUNDRED_KB }, 2, "--size" },
  { { "--deck", "x.pdf", "--theme", "" }, 2, "--theme" },
  { { "--handout", "x.pdf", "--paper", HUNDRED_KB }, 2, "--paper" },
  { { "--handout", "x.pdf", "--seed", "4294967296" }, 2, "--seed" },
  { { "--deck", "x.pdf", "--handout", "y.pdf" }, 2, "--deck" },
  { { "--deck", "x.pdf", "--export", "x.png" }, 2, "--export" },
  { { "--deck", HUNDRED_KB }, 2, "--deck" },
  { { "--deck", "/dev/full" }, 2, "--deck" },
  { { "--handout", "missing/x.pdf", "--topics", "dot" }, 1, "--handout" },
  { { "--deck", "x.pdf", "--topics", "softmax", "--seed", "4294967295" }, 0, NULL, "x.pdf" },
  { { "--handout", "\xff\xfe.pdf", "--topics", "dot" }, 0, NULL, "\xff\xfe.pdf", "C" },
  /* an animation's options (--export FILE.gif | FILE.webm) */
  { { "--topic", "dot", "--fps", "0", "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "nan", "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "1e308", "--export", "x.webm" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "0x10", "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "\xd9\xa3", "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "", "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", HUNDRED_KB, "--export", "x.gif" }, 2, "--fps" },
  { { "--topic", "dot", "--fps", "10", "--export", "x.png" }, 2, "--fps" },
  { { "--topic", "dot", "--duration", "0", "--export", "x.gif" }, 2, "--duration" },
  { { "--topic", "dot", "--duration", "-inf", "--export", "x.gif" }, 2, "--duration" },
  { { "--topic", "dot", "--duration", "1e-320", "--export", "x.webm" }, 2, "--duration" },
  { { "--topic", "dot", "--duration", HUNDRED_KB, "--export", "x.gif" }, 2, "--duration" },
  { { "--topic", "dot", "--duration", "2", "--summary" }, 2, "--duration" },
  { { "--topic", "sampling", "--frames", "400:500", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "18446744073709551616:", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "5:2", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "-1:3", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "\xff\xfe", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", HUNDRED_KB, "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "sampling", "--frames", "0:2", "--duration", "1", "--export", "x.gif" }, 2, "--frames" },
  { { "--topic", "dot", "--once", "--export", "x.webm" }, 2, "--once" },
  { { "--topic", "dot", "--size", "4x4", "--export", "x.gif" }, 2, "--size" },
  { { "--topic", "softmax", "--export", "x.gif" }, 2, "--export" },
  { { "--topic", "dot", "--fps", "4", "--size", "32x24", "--export", "x.gif" }, 0, NULL, "x.gif" },
  { { "--topic", "transpose", "--fps", "4", "--size", "33x17", "--export", "x.webm" }, 0, NULL, "x.webm" },
  /* export targets */
  { { "--topic", "softmax", "--export", "folder.png" }, 2, "--export" },
  { { "--topic", "softmax", "--export", "dangling.png" }, 2, "--export" },
  { { "--topic", "softmax", "--export", "/dev/full" }, 2, "--export" },
  { { "--topic", "softmax", "--export", "/dev/null" }, 2, "--export" },
  { { "--topic", "softmax", "--export", "missing/x.png" }, 1, "--export" },
  { { "--topic", "dot", "--export", "missing/x.gif" }, 1, "--export" },
  { { "--topic", "dot", "--export", "dangling.png/x.webm" }, 1, "--export" },
  { { "--topic", "softmax", "--export", "x.bmp" }, 2, "--export" },
  { { "--topic", "softmax", "--export", "x" }, 2, "--export" },
  { { "--topic", "softmax", "--export", HUNDRED_KB }, 2, "--export" },
  { { "--topic", "softmax", "--size", "64x48", "--export", "\xff\xfe.png" }, 0, NULL, "\xff\xfe.png", "C" },
  { { "--topic", "softmax", "--set", "labels=\xce\xb1, \xce\xb2, \xce\xb3", "--export", "x.csv" }, 0, NULL, "x.csv", "C" },
};

/* Cases that fail until a fix elsewhere lands, as "options: ARGS"; empty
 * it as they pass. */
static const HostileKnown known_failures[] = {
};

typedef struct {
  const OptionCase *c;
  HostileFailures  *failures;
} Job;

/* What each case's directory holds before the run. */
static void
furnish (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *link = g_build_filename (dir, "dangling.png", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("nowhere/x.png", link), ==, 0);
}

static GPtrArray *
case_args (const OptionCase *c,
           GString          *id)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (c->args) && c->args[i] != NULL; i++)
    {
      gboolean huge = g_str_equal (c->args[i], HUNDRED_KB);
      char *arg = huge ? g_strnfill (100000, 'a') : g_strdup (c->args[i]);
      g_autofree char *shown = hostile_describe_value (arg, 20);

      g_string_append_printf (id, " %s", shown);
      g_ptr_array_add (args, arg);
    }
  g_ptr_array_add (args, NULL);
  return args;
}

static char *
judge (const OptionCase *c,
       const HostileRun *run,
       const char       *before,
       const char       *after)
{
  g_autofree char *expected = g_strconcat (before, c->written ? c->written : "",
                                           c->written ? "\n" : "", NULL);
  g_autofree char *bad = NULL;

  if (run->status != c->status)
    return g_strdup_printf ("exit %d, not %d", run->status, c->status);
  if (c->status == 0 && *run->err != '\0')
    return g_strdup ("exit 0 with stderr");
  if (c->status != 0 && (bad = hostile_check_message (run->err, c->key)) != NULL)
    return g_steal_pointer (&bad);
  if (c->status != 0 && *run->out != '\0')
    return g_strdup ("refused, with output on stdout");
  /* the listing is sorted: the new file's place depends on its name */
  if (c->written != NULL ? strlen (after) != strlen (expected) : g_strcmp0 (after, before) != 0)
    return g_strdup_printf ("the directory held\n%safterwards\n%s", before, after);
  return NULL;
}

static void
run_case (gpointer data,
          gpointer user_data)
{
  Job *job = data;
  g_autofree char *dir = hostile_temp_dir ();
  g_autoptr(GString) id = g_string_new ("options:");
  g_autoptr(GPtrArray) args = case_args (job->c, id);
  HostileSpawn how = { .locale = job->c->locale, .working_dir = dir };
  g_autofree char *before = NULL, *after = NULL, *problem = NULL;
  g_autoptr(HostileRun) run = NULL;

  furnish (dir);
  run = hostile_run_listed (&how, (const char *const *) args->pdata, dir, &before, &after);
  problem = judge (job->c, run, before, after);
  for (guint i = 0; problem == NULL && args->pdata[i] != NULL; i++)
    problem = hostile_check_quote (run->err, args->pdata[i]);
  if (problem != NULL)
    hostile_failures_add_run (job->failures, id->str, problem, run);
  hostile_remove_dir (dir);
  g_free (job);
}

static void
test_options (void)
{
  HostileFailures *failures = hostile_failures_new (known_failures, G_N_ELEMENTS (known_failures));
  GThreadPool *pool = g_thread_pool_new (run_case, NULL, 4, TRUE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (option_cases); i++)
    {
      Job *job = g_new0 (Job, 1);

      *job = (Job) { &option_cases[i], failures };
      g_thread_pool_push (pool, job, NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  hostile_failures_check (failures);
}

/* A folder the user may not write to; root may write anywhere, so the
 * case needs another user. */
static void
test_unwritable_folder (void)
{
  g_autofree char *dir = hostile_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "x.png", NULL);
  const char *args[] = { "--topic", "softmax", "--export", target, NULL };
  g_autoptr(HostileRun) run = NULL;
  g_autofree char *bad = NULL, *listing = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes to any folder");
      hostile_remove_dir (dir);
      return;
    }
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  run = hostile_run (NULL, args);
  listing = hostile_list_dir (dir);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_cmpint (run->status, ==, 1);
  bad = hostile_check_message (run->err, "--export");
  g_assert_null (bad);
  g_assert_cmpstr (listing, ==, "");
  hostile_remove_dir (dir);
}

/* Lists to a full disk: every write is checked, exit 1. */
static void
test_stdout_full (void)
{
  const char *const cases[][6] = {
    { "--list-topics" }, { "--topic", "softmax", "--list-params" },
    { "--topic", "softmax", "--summary" }, { "--topic", "softmax", "--export", "-" },
    { "--topic", "dot", "--quiz", "--export", "-" },
  };
  HostileSpawn how = { .stdout_path = "/dev/full" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HostileRun) run = hostile_run (&how, cases[i]);
      g_autofree char *bad = hostile_check_message (run->err, NULL);

      if (run->status != 1 || bad != NULL || strstr (run->err, "No space") == NULL)
        g_error ("%s %s to /dev/full: exit %d, %s, stderr: %s", cases[i][0],
                 cases[i][1] ? cases[i][1] : "", run->status, bad ? bad : "", run->err);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/options/values", test_options);
  g_test_add_func ("/hostile/options/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/hostile/options/stdout-full", test_stdout_full);
  return g_test_run ();
}
