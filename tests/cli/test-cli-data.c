/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli-test.h"

/* --set KEY=@FILE end to end: the real dlmath, with no display, fed files
 * written by NumPy (tests/data/README.md), standard input, and files that
 * are not what a field takes. */

static char *
bytes_to_string (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return g_strndup (data != NULL ? data : "", len);
}

/* dlmath with @args, @input on its standard input (NULL: none). */
static CliRun
run_dlmath_bytes (GBytes            *input,
                  const char *const *args)
{
  g_autoptr(GBytes) out = NULL, err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  CliRun run = { 0 };

  g_ptr_array_add (argv, (char *) g_getenv ("DLMATH"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (input != NULL ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0));
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run.out = bytes_to_string (out);
  run.err = bytes_to_string (err);
  g_assert_true (g_subprocess_get_if_exited (process));
  run.status = g_subprocess_get_exit_status (process);
  return run;
}

static CliRun
run_dlmath (const char        *input,
            const char *const *args)
{
  g_autoptr(GBytes) bytes = input != NULL ? g_bytes_new (input, strlen (input)) : NULL;

  return run_dlmath_bytes (bytes, args);
}

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
summary (const char *topic,
         const char *key,
         const char *value,
         const char *input)
{
  g_autofree char *set = g_strconcat (key, "=", value, NULL);
  const char *args[] = { "--topic", topic, "--set", set, "--summary", NULL };
  CliRun run = run_dlmath (input, args);
  char *out;

  if (run.status != 0)
    g_error ("%s: %s", set, run.err);
  g_assert_cmpstr (run.err, ==, "");
  out = g_steal_pointer (&run.out);
  cli_run_clear (&run);
  return out;
}

/* A field from a file gives the summary the same numbers typed give. */
static void
assert_same_as_typed (const char *topic,
                      const char *key,
                      const char *file,
                      const char *typed)
{
  g_autofree char *path = data_file (file);
  g_autofree char *value = g_strconcat ("@", path, NULL);
  g_autofree char *from_file = summary (topic, key, value, NULL);
  g_autofree char *from_text = summary (topic, key, typed, NULL);

  g_assert_cmpstr (from_file, ==, from_text);
}

/* A file name that is not UTF-8 (nor text in the C locale) is opened as
 * the bytes it is. */
static void
test_file_name_bytes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlmath-data-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "z\xff.csv", NULL);
  g_autofree char *set = g_strconcat ("logits=@", path, NULL);
  const char *args[] = { "--topic", "softmax", "--set", set, "--summary", NULL };
  g_autofree char *typed = summary ("softmax", "logits", "5, 4, 2", NULL);
  CliRun run;

  g_assert_true (g_file_set_contents (path, "5\n4\n2\n", -1, NULL));
  g_setenv ("LC_ALL", "C", TRUE);
  run = run_dlmath (NULL, args);
  g_unsetenv ("LC_ALL");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, typed);
  cli_run_clear (&run);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_lists_and_matrices (void)
{
  assert_same_as_typed ("softmax", "logits", "logits.npy", "5, 4, 2");
  assert_same_as_typed ("meanvar", "data", "people.csv#col=height", "170.5, 182, 165.25");
  assert_same_as_typed ("meanvar", "data", "people.csv#col=2", "61, 80, 55");
  assert_same_as_typed ("argmax", "values", "int64-beyond-2p53.npy", "9007199254740992, -3");
  assert_same_as_typed ("transpose", "matrix", "course-matrix-f4-fortran-be.npy", "1 5; 0 6; 2 8; 5 3; -2 0");
  assert_same_as_typed ("matmul", "a", "matrix.txt", "1 3; 5 7");
  assert_same_as_typed ("matmul", "b", "uint8-v3.npy", "1 3; 5 7");
  assert_same_as_typed ("softmax", "labels", "people.csv#col=name", "Ada, Bo, Cy");
}

static void
test_stdin (void)
{
  g_autofree char *piped = summary ("softmax", "logits", "@-", "z\n1\n2\n3\n");
  g_autofree char *typed = summary ("softmax", "logits", "1, 2, 3", NULL);
  g_autofree char *picked = summary ("meanvar", "data", "@-#col=b", "a,b\n1,8\n2,0\n3,4\n");
  g_autofree char *picked_typed = summary ("meanvar", "data", "8, 0, 4", NULL);
  g_autofree char *npy_path = data_file ("logits.npy");
  g_autofree char *npy_bytes = NULL;
  g_autoptr(GBytes) npy = NULL;
  g_autofree char *npy_typed = summary ("softmax", "logits", "5, 4, 2", NULL);
  const char *args[] = { "--topic", "softmax", "--set", "logits=@-", "--summary", NULL };
  CliRun run;
  gsize len;

  g_assert_cmpstr (piped, ==, typed);
  g_assert_cmpstr (picked, ==, picked_typed);
  /* a .npy file on standard input is known by its magic */
  g_assert_true (g_file_get_contents (npy_path, &npy_bytes, &len, NULL));
  npy = g_bytes_new (npy_bytes, len);
  run = run_dlmath_bytes (npy, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, npy_typed);
  cli_run_clear (&run);
}

/* "@@" is a literal "@". */
static void
test_escape (void)
{
  const char *args[] = { "--topic", "encoding", "--set", "values=@@home, work, @home",
                         "--set", "categories=@@home, work", "--export", "-", NULL };
  CliRun run = run_dlmath (NULL, args);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "@home"));
  cli_run_clear (&run);
}

static void
assert_refused (const char *topic,
                const char *set,
                const char *input,
                const char *message)
{
  const char *args[] = { "--topic", topic, "--set", set, "--summary", NULL };
  CliRun run = run_dlmath (input, args);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  if (strstr (run.err, message) == NULL)
    g_error ("%s: “%s” does not say “%s”", set, run.err, message);
  g_assert_true (g_str_has_suffix (run.err, "\n") && strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  cli_run_clear (&run);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-cli-data-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.csv", NULL);
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *ragged = g_build_filename (dir, "ragged.csv", NULL);
  g_autofree char *people = data_file ("people.csv");
  g_autofree char *three_d = data_file ("three-d.npy");
  g_autofree char *set = NULL;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  close (fd);
  g_assert_true (g_file_set_contents (bad, "x,y\n1,2\n3,abc\n", -1, NULL));
  g_assert_true (g_file_set_contents (ragged, "1,2\n3,4\n5\n", -1, NULL));

  assert_refused ("softmax", "logits=@/nonexistent/z.csv", NULL,
                  "dlmath: logits: cannot read “/nonexistent/z.csv” (No such file or directory)");
  set = g_strconcat ("logits=@", dir, NULL);
  assert_refused ("softmax", set, NULL, "is not a regular file");
  g_free (set);
  set = g_strconcat ("logits=@", fifo, NULL);
  assert_refused ("softmax", set, NULL, "fifo.csv” is not a regular file");
  assert_refused ("softmax", "logits=@/dev/zero", NULL, "dlmath: logits: “/dev/zero” is not a regular file");
  g_free (set);
  set = g_strconcat ("logits=@", big, NULL);
  assert_refused ("softmax", set, NULL, "big.csv” is larger than 64 MB");
  {
    /* zeros on standard input: 64 MB and one byte are read, then refused */
    g_autofree char *zeros = g_malloc0 (64 * 1024 * 1024 + 1);
    g_autoptr(GBytes) input = g_bytes_new_take (g_steal_pointer (&zeros), 64 * 1024 * 1024 + 1);
    const char *args[] = { "--topic", "softmax", "--set", "logits=@-", "--summary", NULL };
    CliRun run = run_dlmath_bytes (input, args);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.err, ==, "dlmath: logits: standard input is larger than 64 MB\n");
    cli_run_clear (&run);
  }
  g_free (set);
  set = g_strconcat ("values=@", bad, "#col=y", NULL);
  assert_refused ("argmax", set, NULL,
                  "bad.csv” line 3, column 2: “abc” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3");
  g_free (set);
  set = g_strconcat ("a=@", ragged, NULL);
  assert_refused ("matmul", set, NULL, "ragged.csv” line 3, column 2: line 3 has 1 column, line 1 has 2");
  g_free (set);
  set = g_strconcat ("data=@", people, "#col=age", NULL);
  assert_refused ("meanvar", set, NULL,
                  "people.csv” col=“age”: no column has that name; accepted: an index from 0 to 2 (counted "
                  "from 0) or a name in the header: “name”, “height”, “weight”");
  g_free (set);
  set = g_strconcat ("matrix=@", three_d, NULL);
  assert_refused ("transpose", set, NULL, "three-d.npy” header key 'shape': an array of 3 dimensions");
  g_free (set);
  set = g_strconcat ("logits=@", people, "#col=name", NULL);
  assert_refused ("softmax", set, NULL, "people.csv” line 2, column 1: “Ada” is not a number");
  assert_refused ("softmax", "logits=@-", "1\n2\n1e308\n",
                  "dlmath: logits: standard input: value 3, 1e308, is too large; accepted: -1e300 to 1e300");
  assert_refused ("softmax", "logits=@-", "", "dlmath: logits: standard input has no numbers; accepted: 1 to 1000 numbers");
  assert_refused ("datatypes", "image=@photo.png", NULL, "image: “@photo.png”: topic datatypes has no field that takes a file");
  assert_refused ("softmax", "temperature=@t.csv", NULL,
                  "temperature: “@t.csv”: this field takes no file of data; accepted: @FILE in logits, labels");

  g_unlink (fifo);
  g_unlink (big);
  g_unlink (bad);
  g_unlink (ragged);
  g_rmdir (dir);
}

/* A file bigger than its field says what it has and what fits. */
static void
test_too_many (void)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (lines, "%u\n", i);
  assert_refused ("softmax", "logits=@-", lines->str,
                  "dlmath: logits: standard input has 5000 numbers; accepted: 1 to 1000 numbers");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-data/lists-and-matrices", test_lists_and_matrices);
  g_test_add_func ("/cli-data/stdin", test_stdin);
  g_test_add_func ("/cli-data/file-name-bytes", test_file_name_bytes);
  g_test_add_func ("/cli-data/escape", test_escape);
  g_test_add_func ("/cli-data/bad-files", test_bad_files);
  g_test_add_func ("/cli-data/too-many", test_too_many);
  return g_test_run ();
}
