/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli-test.h"

/* Runs the real dlmath binary, with no display, as a script would. */

static CliRun
run_dlmath (const char *locale,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return cli_run_argv (NULL, locale, (const char *const *) args->pdata);
}

static void
test_list_topics (void)
{
  CliRun run = run_dlmath (NULL, "--list-topics", NULL);

  g_assert_cmpint (run.status, ==, 0);
  /* in the course's order: the linear algebra topics, then softmax, … */
  g_assert_nonnull (strstr (run.out, "encoding\tReality to numbers\n"
                                     "transpose\tTranspose\n"));
  g_assert_nonnull (strstr (run.out, "\nsoftmax\tSoftmax\nexplog\t"));
  cli_run_clear (&run);
}

static void
test_list_params (void)
{
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--list-params", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[2], ==, "temperature\tnumber\t1\t0.05 to 100");
  g_assert_true (g_str_has_prefix (lines[0], "logits\ttext\t1, 2, 3\t"));
  g_assert_cmpstr (lines[3], ==, "view\tchoice\tbars\tbars|classifier|stability");
  cli_run_clear (&run);
}

static void
test_bad_input (void)
{
  const struct { const char *args[6]; const char *needle; } cases[] = {
    { { "--topic", "nope", "--summary" }, "nope" },
    { { "--topic", "nope" }, "nope" },
    { { "--topic", "softmax", "--set", "logits=1,abc", "--summary" }, "logits" },
    { { "--topic", "softmax", "--set", "temperature=0", "--summary" }, "temperature" },
    { { "--topic", "softmax", "--set", "logits", "--summary" }, "KEY=VALUE" },
    { { "--topic", "softmax", "--set", "logits=", "--summary" }, "empty" },
    { { "--topic", "explog", "--set", "p=0", "--summary" }, "p:" },
    { { "--topic", "softmax", "--seed", "-1", "--summary" }, "--seed" },
    { { "--topic", "softmax", "--seed", "4294967296", "--summary" }, "4294967295" },
    { { "--topic", "softmax", "--size", "100x0", "--export", "x.png" }, "--size" },
    { { "--topic", "softmax", "--theme", "sepia", "--export", "x.png" }, "projector" },
    { { "--topic", "softmax", "--scale", "abc", "--export", "x.png" }, "--scale" },
    { { "--topic", "softmax", "--size", "1920x1080x3", "--summary" }, "--size" },
    { { "--topic", "softmax", "--theme", "sepia", "--summary" }, "--theme" },
    { { "--topic", "softmax", "--export", "x.bmp" }, ".svg" },
    { { "--topic", "softmax", "--set", "logits=1 2" }, "--export" },
    { { "--frobnicate" }, "frobnicate" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;
      CliRun run = run_dlmath (NULL, a[0], a[1], a[2], a[3], a[4], a[5], NULL);

      if (run.status != 2 || strstr (run.err, cases[i].needle) == NULL)
        g_error ("case %u (%s %s %s %s %s): status %d, stderr: %s",
                 i, a[0], a[1], a[2] ? a[2] : "", a[3] ? a[3] : "", a[4] ? a[4] : "",
                 run.status, run.err);
      g_assert_cmpstr (run.out, ==, "");
      cli_run_clear (&run);
    }
}

static void
test_unwritable (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  g_autofree char *under_file = g_build_filename (blocker, "out.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "out.svg", NULL);
  CliRun run;

  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  run = run_dlmath (NULL, "--topic", "softmax", "--export", under_file, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, under_file));
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "explog", "--export", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing"));
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "explog", "--export", dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli_run_clear (&run);

  /* nothing half-written: only the blocker is there */
  g_assert_cmpuint (cli_count_files (dir), ==, 1);
  cli_remove_dir (dir);
}

static void
test_png_size (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "softmax.png", NULL);
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--size", "1920x1080", "--theme", "dark",
                        "--export", path, NULL);
  cairo_surface_t *png;

  g_assert_cmpint (run.status, ==, 0);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);
  cairo_surface_destroy (png);
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

static void
test_svg_readback (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "explog.svg", NULL);
  CliRun run = run_dlmath (NULL, "--topic", "explog", "--size", "800x450", "--export", path, NULL);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  double w, h;

  g_assert_cmpint (run.status, ==, 0);
  handle = rsvg_handle_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &w, &h));
  g_assert_cmpfloat (w, ==, 800);
  g_assert_cmpfloat (h, ==, 450);
  g_object_unref (handle);
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

static void
test_pdf (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "softmax.pdf", NULL);
  g_autofree char *contents = NULL;
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--set", "view=stability", "--export", path, NULL);
  gsize len;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (contents + len - 32, 32, "%%EOF"));
  cli_run_clear (&run);

  if (g_getenv ("PDFINFO") != NULL)
    {
      const char *argv[] = { g_getenv ("PDFINFO"), path, NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_autoptr(GRegex) pages = g_regex_new ("^Pages: +1$", G_REGEX_MULTILINE, 0, NULL);

      g_assert_true (g_regex_match (pages, out, 0, NULL));
      g_assert_nonnull (strstr (out, "1280 x 720 pts"));
    }
  cli_remove_dir (dir);
}

/* Parses the CSV on stdout back into numbers. */
static void
check_softmax_csv (const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  /* sm([5,4,2]): 0.7053845126982412, 0.2594964603424192, 0.03511902695933972 */
  const double expected[] = { 0.7053845126982412, 0.2594964603424192, 0.03511902695933972 };
  const char *names[] = { "cat", "dog", "horse" };

  g_assert_cmpstr (lines[0], ==, "index,label,logit,exp,probability");
  for (guint i = 0; i < 3; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i + 1], ",", -1);
      char *end;
      double p;

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_assert_cmpfloat (g_ascii_strtod (fields[0], NULL), ==, i);
      g_assert_cmpstr (fields[1], ==, names[i]);
      p = g_ascii_strtod (fields[4], &end);
      g_assert_cmpint (*end, ==, '\0');
      g_assert_cmpfloat_with_epsilon (p, expected[i], 4e-16);
    }
  g_assert_cmpstr (lines[4], ==, "");
}

static void
test_csv (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "softmax.csv", NULL);
  g_autofree char *contents = NULL;
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--set", "logits=5, 4, 2",
                        "--set", "labels=cat, dog, horse", "--export", "-", NULL);

  g_assert_cmpint (run.status, ==, 0);
  check_softmax_csv (run.out);
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "softmax", "--set", "logits=[5 4 2]",
                    "--set", "labels=cat,dog,horse", "--export", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  check_softmax_csv (contents);
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

static void
test_csv_comma_locale (void)
{
  CliRun run = run_dlmath ("de_DE.UTF-8", "--topic", "softmax", "--set", "logits=5,4,2",
                        "--set", "labels=cat,dog,horse", "--set", "temperature=1.5",
                        "--export", "-", "--summary", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "locale"));
  /* sm([5,4,2], 1.5)[0] = 0.6159... printed with '.' */
  g_assert_nonnull (strstr (run.out, "\n0,cat,5,"));
  g_assert_nonnull (strstr (run.out, "temperature=1.5\n"));
  g_assert_null (strstr (run.out, "0,6"));
  cli_run_clear (&run);
}

static void
test_summary (void)
{
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--set", "logits=1000, 1001, 1002",
                        "--seed", "4294967295", "--summary", NULL);

  g_assert_cmpint (run.status, ==, 0);
  /* %.17g of sm([1,2,3])[2] = 0.6652409557748218 */
  g_assert_nonnull (strstr (run.out, "max_probability=0.66524095577482"));
  g_assert_nonnull (strstr (run.out, "argmax=2\n"));
  g_assert_nonnull (strstr (run.out, "logsumexp=1002.4076059644444\n"));
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "explog", "--set", "view=precision", "--summary", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "product=0\nlog_sum=-921.03403719761"));
  cli_run_clear (&run);
}

/* ---- output that cannot be written, results that do not exist ---------- */

static void
stdout_to_dev_full (gpointer data)
{
  int fd = open ("/dev/full", O_WRONLY);

  if (fd >= 0)
    dup2 (fd, STDOUT_FILENO);
}

/* As run_dlmath(), with standard output on a full disk. */
static CliRun
run_dlmath_full (const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CliRun run = { 0 };
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("DLMATH"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               stdout_to_dev_full, NULL, NULL, &run.err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run.status = WEXITSTATUS (wait_status);
  return run;
}

/* Every way the command line prints to standard output notices a full
 * disk: exit 1 and why, never 0 over a lost output. */
static void
test_stdout_full (void)
{
  const char *commands[][8] = {
    { "--list-topics", NULL },
    { "--topic", "softmax", "--list-params", NULL },
    { "--topic", "softmax", "--summary", NULL },
    { "--topic", "softmax", "--export", "-", NULL },
    { "--topic", "sampling", "--set", "draws=100000", "--export", "-", NULL },
    { "--topic", "softmax", "--quiz", "--export", "-", NULL },
    { "--help", NULL },
    { "--version", NULL },
  };

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *command = g_strjoinv (" ", (char **) commands[i]);
      CliRun run = run_dlmath_full (commands[i]);

      g_test_message ("dlmath %s", command);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, "dlmath: writing to standard output: No space left on device\n");
      cli_run_clear (&run);
    }
}

/* A Lorenz run that uses all of its solver's steps before t-end (about a
 * second) is refused with exit 2, naming the fields set, the limit and how
 * far it got, and no file is left; t-end is named only when it was set. */
static void
test_lorenz_step_limit (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *png = g_build_filename (dir, "lorenz.png", NULL);
  CliRun run = run_dlmath (NULL, "--topic", "complex", "--set", "view=lorenz", "--set", "sigma=1e6",
                        "--set", "beta=1", "--set", "t-end=200", "--export", png, NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: sigma, beta, t-end: with these sigma, rho and beta "
                                            "the solver needs more than 3000000 steps to reach t-end = 200"));
  g_assert_nonnull (strstr (run.err, "accepted: t-end up to 12.1 with them"));
  g_assert_cmpuint (cli_count_files (dir), ==, 0);
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "complex", "--set", "view=lorenz", "--set", "sigma=1e6",
                    "--summary", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: sigma: with these sigma, rho and beta "
                                            "the solver needs more than 3000000 steps to reach t-end = 40;"));
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

/* A Lorenz run that runs off to infinity has nothing to print or draw:
 * refused with exit 2 in the figure's words, naming the keys that were
 * set, and no file is left. */
static void
test_lorenz_blow_up (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *png = g_build_filename (dir, "lorenz.png", NULL);
  CliRun run = run_dlmath (NULL, "--topic", "complex", "--set", "view=lorenz", "--set", "beta=-10",
                        "--summary", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  /* when exactly depends on the integrator's steps, not on this test */
  g_assert_true (g_str_has_prefix (run.err, "dlmath: beta: The solution runs off to infinity near t = "));
  g_assert_true (g_str_has_suffix (run.err, ", so there are no paths to draw: try other coefficients or a "
                                            "smaller t-end.\n"));
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "complex", "--set", "view=lorenz", "--set", "sigma=-1e6",
                    "--set", "rho=1e6", "--set", "beta=-1e6", "--export", png, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: sigma, rho, beta: The solution runs off to infinity"));
  g_assert_cmpuint (cli_count_files (dir), ==, 0);
  cli_run_clear (&run);

  /* the course's coefficients stay finite */
  run = run_dlmath (NULL, "--topic", "complex", "--set", "view=lorenz", "--summary", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "t=40\n"));
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

/* σ far below what an axis can show beside μ: GSL's histogram would have
 * aborted the process (xmin = xmax); now a figure, and nothing on stderr. */
static void
test_tiny_sigma (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *png = g_build_filename (dir, "tiny.png", NULL);
  CliRun run = run_dlmath (NULL, "--topic", "sampling", "--set", "view=distribution", "--set",
                        "sigma=1e-300", "--export", png, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

/* The CSV of the seeding topic is what Python prints for the same seed:
 *   np.random.seed(2024); np.random.randn(7)
 *   np.random.seed(4294967295); np.random.randint(-3, 4, 6)
 *   torch.manual_seed(0); torch.rand(3)
 *   random.seed(5); [random.gauss(0, 1) for _ in range(4)] */
static void
check_seeding_csv (const char   *seed,
                   const char   *convention,
                   const char   *distribution,
                   const char   *low,
                   const char   *high,
                   const double *expected,
                   guint         n)
{
  g_autofree char *count = g_strdup_printf ("count=%u", n);
  g_autofree char *conv = g_strconcat ("convention=", convention, NULL);
  g_autofree char *dist = g_strconcat ("distribution=", distribution, NULL);
  g_autofree char *lo = g_strconcat ("low=", low, NULL);
  g_autofree char *hi = g_strconcat ("high=", high, NULL);
  CliRun run = run_dlmath (NULL, "--topic", "seeding", "--seed", seed, "--set", conv, "--set", dist,
                        "--set", count, "--set", lo, "--set", hi, "--export", "-", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "index,i,value,again,other_seed");
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i + 1], ",", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_assert_cmpfloat (g_ascii_strtod (fields[2], NULL), ==, expected[i]);
    }
  g_assert_cmpstr (lines[n + 1], ==, "");
  cli_run_clear (&run);
}

static void
test_seeding_matches_python (void)
{
  CliRun run;

  check_seeding_csv ("2024", "numpy", "normal", "0", "10", (double[]) {
    1.668047321311954, 0.7373477267548951, -0.2015377573716711, -0.1509119474905124,
    0.9160518074370021, 1.1603296370270422, -2.6199619982819256 }, 7);
  check_seeding_csv ("4294967295", "numpy", "integers", "-3", "4", (double[]) { 0, -1, 1, 1, -3, 3 }, 6);
  check_seeding_csv ("0", "torch", "uniform", "0", "10", (double[]) {
    0.49625658988952637, 0.7682217955589294, 0.08847743272781372 }, 3);
  check_seeding_csv ("5", "python", "normal", "0", "10", (double[]) {
    -1.1788417512306717, -1.1481606807908016, 0.6694689143859696, -2.293910094631911 }, 4);

  /* np.random.default_rng(42).random(3) */
  check_seeding_csv ("42", "default_rng", "uniform", "0", "10", (double[]) {
    0.7739560485559633, 0.4388784397520523, 0.8585979199113825 }, 3);

  /* torch's normal numbers are refused, not approximated */
  run = run_dlmath (NULL, "--topic", "seeding", "--set", "convention=torch",
                    "--set", "distribution=normal", "--export", "-", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "distribution"));
  g_assert_cmpstr (run.out, ==, "");
  cli_run_clear (&run);
}

/* The seed's error names the range and why it is that range. */
static void
test_seed_message (void)
{
  const char *expected = "dlmath: --seed: expected a whole number from 0 to 4294967295 "
                         "(2³² − 1: NumPy’s legacy seed is a 32-bit unsigned integer), not “abc”\n";
  CliRun run = run_dlmath (NULL, "--topic", "softmax", "--seed", "abc", "--summary", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, expected);
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "dot", "--quiz", "--seed", "abc", "--export", "-", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpstr (run.out, ==, "");
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "dot", "--quiz", "--seed", "4294967296", "--export", "-", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "not “4294967296”"));
  cli_run_clear (&run);
}

/* Whitespace as one space: pdftotext breaks lines where the PDF does. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *squeezed = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

  return g_strstrip (g_strdup (squeezed));
}

/* pdfinfo FILE, or pdftotext FILE - (the text on standard output). */
static char *
run_tool (const char *variable,
          const char *path,
          const char *option)
{
  const char *argv[] = { g_getenv (variable), path, option, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The quiz as text (--export -), one attempt per seed. */
static char *
quiz_text (const char *topic,
           const char *seed)
{
  CliRun run = seed != NULL
            ? run_dlmath (NULL, "--topic", topic, "--quiz", "--seed", seed, "--export", "-", NULL)
            : run_dlmath (NULL, "--topic", topic, "--quiz", "--export", "-", NULL);
  char *out;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  out = g_steal_pointer (&run.out);
  cli_run_clear (&run);
  return out;
}

/* The lines of @text's part @part (parts split by form feeds) that start
 * with a question's number, "1. …", without the number. */
static GPtrArray *
numbered_lines (const char *text,
                guint       part)
{
  g_auto(GStrv) parts = g_strsplit (text, "\f", -1);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) numbered = g_regex_new ("^[1-9]\\. ", 0, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (part, <, g_strv_length (parts));
  lines = g_strsplit (parts[part], "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_regex_match (numbered, lines[i], 0, NULL))
      g_ptr_array_add (found, squeeze (lines[i] + 3));
  return found;
}

/* The text export: title, seed, a name line, questions with lettered
 * choices, then after a form feed the key with a letter per question. */
static void
test_quiz_text (void)
{
  g_autofree char *text = quiz_text ("matmul", "7");
  g_autofree char *by_default = quiz_text ("matmul", NULL);
  g_autofree char *file_text = NULL;
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "quiz.txt", NULL);
  g_autoptr(GPtrArray) prompts = numbered_lines (text, 0);
  g_autoptr(GPtrArray) answers = numbered_lines (text, 1);
  g_autoptr(GRegex) answer = g_regex_new ("^[a-f]\\) ", 0, 0, NULL);
  CliRun run;

  g_assert_true (g_str_has_prefix (text, "Quiz: Matrix multiplication\nSeed 7: "));
  g_assert_nonnull (strstr (text, "\nName: ___"));
  g_assert_nonnull (strstr (text, "\n   a) "));
  g_assert_nonnull (strstr (text, "\n   b) "));
  g_assert_nonnull (strstr (text, "\fAnswer key: Matrix multiplication, seed 7\n"));
  g_assert_cmpuint (prompts->len, >=, 4);
  g_assert_cmpuint (prompts->len, <=, 6);
  g_assert_cmpuint (answers->len, ==, prompts->len);
  for (guint i = 0; i < answers->len; i++)
    g_assert_true (g_regex_match (answer, g_ptr_array_index (answers, i), 0, NULL));

  /* without --seed, the default seed, printed on the sheet */
  g_assert_true (g_str_has_prefix (by_default, "Quiz: Matrix multiplication\nSeed 42: "));

  run = run_dlmath (NULL, "--topic", "matmul", "--quiz", "--seed", "7", "--export", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &file_text, NULL, NULL));
  g_assert_cmpstr (file_text, ==, text);
  cli_run_clear (&run);
  cli_remove_dir (dir);
}

/* The PDF for a class: A4 pages, the questions first, the key on the
 * last page; one seed, one sheet; another seed, another sheet. */
static void
check_quiz_pdf (const char *dir,
                const char *seed,
                char      **pdf_text)
{
  g_autofree char *path = g_strdup_printf ("%s/quiz-%s.pdf", dir, seed);
  g_autofree char *text = quiz_text ("dot", seed);
  g_autofree char *info = NULL;
  g_autofree char *squeezed = NULL;
  g_autoptr(GPtrArray) prompts = numbered_lines (text, 0);
  g_autoptr(GPtrArray) answers = numbered_lines (text, 1);
  g_auto(GStrv) pages = NULL;
  g_autofree char *last_page = NULL;
  g_autoptr(GRegex) page_count = g_regex_new ("^Pages: +([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *count = NULL;
  CliRun run = run_dlmath (NULL, "--topic", "dot", "--quiz", "--seed", seed, "--export", path, NULL);
  guint n_pages;

  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  info = run_tool ("PDFINFO", path, NULL);
  g_assert_true (g_regex_match (page_count, info, 0, &match));
  count = g_match_info_fetch (match, 1);
  g_assert_cmpint (atoi (count), >=, 2);
  g_assert_nonnull (strstr (info, "595 x 842 pts (A4)"));

  *pdf_text = run_tool ("PDFTOTEXT", path, "-");
  squeezed = squeeze (*pdf_text);
  pages = g_strsplit (*pdf_text, "\f", -1);
  n_pages = g_strv_length (pages);
  /* pdftotext ends every page with a form feed */
  while (n_pages > 0 && *g_strstrip (pages[n_pages - 1]) == '\0')
    n_pages--;
  g_assert_cmpuint (n_pages, ==, (guint) atoi (count));
  last_page = squeeze (pages[n_pages - 1]);
  g_assert_nonnull (strstr (squeezed, "Name:"));
  g_assert_nonnull (strstr (squeezed, "Quiz: Dot product"));
  for (guint i = 0; i < prompts->len; i++)
    {
      g_assert_nonnull (strstr (squeezed, g_ptr_array_index (prompts, i)));
      g_assert_null (strstr (last_page, g_ptr_array_index (prompts, i)));
    }
  g_assert_true (g_str_has_prefix (last_page, "Answer key: Dot product, seed "));
  for (guint i = 0; i < answers->len; i++)
    g_assert_nonnull (strstr (last_page, g_ptr_array_index (answers, i)));
}

static void
test_quiz_pdf (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *first = NULL, *again = NULL, *other = NULL;
  g_autofree char *first_questions = NULL, *other_questions = NULL;

  if (g_getenv ("PDFINFO") == NULL || g_getenv ("PDFTOTEXT") == NULL)
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are needed");
      cli_remove_dir (dir);
      return;
    }
  check_quiz_pdf (dir, "7", &first);
  check_quiz_pdf (dir, "7", &again);
  check_quiz_pdf (dir, "8", &other);
  g_assert_cmpstr (first, ==, again);
  /* the questions and choices differ, not only the printed seed */
  first_questions = g_strdup (strstr (first, "Name:"));
  other_questions = g_strdup (strstr (other, "Name:"));
  *strstr (first_questions, "Answer key") = '\0';
  *strstr (other_questions, "Answer key") = '\0';
  g_assert_cmpstr (first_questions, !=, other_questions);
  cli_remove_dir (dir);
}

/* Mistakes are refused with exit status 2, a write error with 1, and no
 * file is left behind. */
static void
test_quiz_errors (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *png = g_build_filename (dir, "quiz.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "quiz.pdf", NULL);
  const struct { const char *args[7]; const char *needle; } cases[] = {
    { { "--quiz", "--export", "quiz.pdf" }, "--quiz needs --topic" },
    { { "--topic", "nope", "--quiz", "--export", "quiz.pdf" }, "“nope” is not a topic" },
    { { "--topic", "dot", "--quiz", "--export", png }, "FILE.pdf, FILE.txt" },
    { { "--topic", "dot", "--quiz" }, "--export FILE.pdf" },
    { { "--topic", "dot", "--quiz", "--size", "100x100", "--export", "quiz.pdf" }, "--size" },
    { { "--topic", "dot", "--quiz", "--set", "view=plane", "--export", "-" }, "--set" },
  };
  CliRun run;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;

      run = run_dlmath (NULL, a[0], a[1], a[2], a[3], a[4], a[5], a[6], NULL);
      if (run.status != 2 || strstr (run.err, cases[i].needle) == NULL)
        g_error ("case %u: status %d, stderr: %s", i, run.status, run.err);
      g_assert_cmpstr (run.out, ==, "");
      cli_run_clear (&run);
    }

  run = run_dlmath (NULL, "--topic", "dot", "--quiz", "--export", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing"));
  cli_run_clear (&run);
  g_assert_cmpuint (cli_count_files (dir), ==, 0);
  g_assert_false (g_file_test ("quiz.pdf", G_FILE_TEST_EXISTS));
  cli_remove_dir (dir);
}

/* A --set value is bytes too: UTF-8 text reaches its field in the C
 * locale (where GLib alone would refuse any byte above 127), and bytes
 * that are no text are refused naming the key, exit 2. */
static void
test_set_value_bytes (void)
{
  CliRun run = run_dlmath ("C", "--topic", "softmax", "--set", "logits=1, \xe2\x88\x92" "2, 3",
                        "--summary", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: logits: "));
  g_assert_null (strstr (run.err, "conversion"));
  cli_run_clear (&run);

  run = run_dlmath ("C", "--topic", "softmax", "--set", "logits=1, 2, 3", "--set",
                    "temperature=2", "--summary", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  cli_run_clear (&run);

  run = run_dlmath ("C", "--topic", "softmax", "--set", "logits=1,\xff", "--summary", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: logits: "));
  g_assert_nonnull (strstr (run.err, "UTF-8"));
  g_assert_cmpstr (run.out, ==, "");
  cli_run_clear (&run);
}

/* ---- export targets: what is written where, and what is left behind ---- */

/* A file name the export may have left: the target's hidden temporary
 * ".NAME.XXXXXX", or anything else but @keep. */
static void
assert_only_file (const char *dir,
                  const char *keep)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_strcmp0 (name, keep) != 0)
      g_error ("left behind in %s: %s", dir, name);
  g_dir_close (d);
}

static GPid
spawn_export (const char *path,
              const char *size)
{
  const char *argv[] = { g_getenv ("DLMATH"), "--topic", "softmax", "--size", size,
                         "--export", path, NULL };
  g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_assert_true (g_spawn_async (NULL, (char **) argv, env,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  return pid;
}

/* TRUE once a hidden temporary file ".NAME…" is in @dir. */
static gboolean
has_hidden_file (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;
  gboolean found = FALSE;

  while (!found && (name = g_dir_read_name (d)) != NULL)
    found = name[0] == '.';
  g_dir_close (d);
  return found;
}

/* Waits until @deadline (monotonic µs), the child's end, or a temporary
 * file showing up in @dir, whichever is first; then sends SIGTERM. */
static int
kill_export (GPid        pid,
             const char *dir,
             gint64      deadline)
{
  int wait_status;

  while (g_get_monotonic_time () < deadline && !has_hidden_file (dir) &&
         waitpid (pid, &wait_status, WNOHANG) == 0)
    g_usleep (100);
  kill (pid, SIGTERM);
  waitpid (pid, &wait_status, 0);
  return wait_status;
}

/* SIGTERM at moments from the middle of an export to well past its end,
 * or at once when a named temporary file shows up (the moment a kill
 * used to leave one behind): each time the old file is still there, whole, or the
 * new one is, and no temporary file is left. */
static void
test_export_killed (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *path = g_build_filename (dir, "big.png", NULL);
  gint64 start = g_get_monotonic_time ();
  gint64 duration;
  int wait_status;

  waitpid (spawn_export (path, "2000x2000"), &wait_status, 0);
  duration = g_get_monotonic_time () - start;
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *contents = NULL;
      cairo_surface_t *png;
      gsize len;

      g_assert_true (g_file_set_contents (path, "old", 3, NULL));
      start = g_get_monotonic_time ();
      wait_status = kill_export (spawn_export (path, "2000x2000"), dir,
                                 start + duration * (5 + i) / 10);
      g_assert_true ((WIFSIGNALED (wait_status) && WTERMSIG (wait_status) == SIGTERM) ||
                     (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0));
      assert_only_file (dir, "big.png");
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      if (len == 3 && memcmp (contents, "old", 3) == 0)
        continue;
      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2000);
      cairo_surface_destroy (png);
    }
  cli_remove_dir (dir);
}

/* A symbolic link is followed: the file it points to is replaced, the
 * link kept. A link to nothing is refused and nothing is created. */
static void
test_export_symlink (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  CliRun run;

  g_assert_true (g_file_set_contents (real, "old", 3, NULL));
  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  run = run_dlmath (NULL, "--topic", "softmax", "--export", link, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  cli_run_clear (&run);
  target = g_file_read_link (link, NULL);
  g_assert_cmpstr (target, ==, "real.csv");
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "index,"));

  g_assert_cmpint (symlink ("nowhere.csv", dangling), ==, 0);
  run = run_dlmath (NULL, "--topic", "softmax", "--export", dangling, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "symbolic link to nothing"));
  g_assert_cmpstr (run.out, ==, "");
  cli_run_clear (&run);
  g_assert_cmpuint (cli_count_files (dir), ==, 3);
  cli_remove_dir (dir);
}

/* A device, a FIFO (which would block) or a folder is refused with exit
 * 2 before anything is rendered, and is left as it was. */
static void
test_export_not_regular (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *device = g_build_filename (dir, "null.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.svg", NULL);
  struct stat st;
  CliRun run;

  g_assert_cmpint (symlink ("/dev/null", device), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  run = run_dlmath (NULL, "--topic", "explog", "--export", device, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, "dlmath: --export: “/dev/null” is not a regular file; accepted: a new "
                                "file name or a regular file to replace\n");
  cli_run_clear (&run);
  g_assert_cmpint (stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  run = run_dlmath (NULL, "--topic", "explog", "--export", fifo, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "is not a regular file"));
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "softmax", "--quiz", "--export", device, NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "explog", "--export", folder, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "folder"));
  cli_run_clear (&run);
  g_assert_cmpuint (cli_count_files (dir), ==, 3);
  g_rmdir (folder);
  cli_remove_dir (dir);
}

/* A file name is bytes: one that is not UTF-8 is written as given in the
 * C locale, and an error about it is one clean line, exit 1. A file
 * that cannot be created leaves nothing. A new file has the mode of any
 * new file: 0666 less the umask. */
static void
test_export_file_names (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli");
  g_autofree char *latin1 = g_build_filename (dir, "Gr\xf6\xdf" "e.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "\xff", "x.csv", NULL);
  mode_t old_umask = umask (027);
  struct stat st;
  CliRun run;

  run = run_dlmath ("C", "--topic", "softmax", "--size", "64x48", "--export", latin1, NULL);
  umask (old_umask);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  cli_run_clear (&run);
  g_assert_cmpint (stat (latin1, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  assert_only_file (dir, "Gr\xf6\xdf" "e.png");

  run = run_dlmath ("C", "--topic", "softmax", "--export", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "dlmath: "));
  g_assert_nonnull (strstr (run.err, "x.csv"));
  g_assert_null (strstr (run.err, "CRITICAL"));
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
  cli_run_clear (&run);

  run = run_dlmath (NULL, "--topic", "softmax", "--export", "/proc/dlm-export-test.csv", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "/proc/dlm-export-test.csv"));
  cli_run_clear (&run);
  g_assert_false (g_file_test ("/proc/dlm-export-test.csv", G_FILE_TEST_EXISTS));
  cli_remove_dir (dir);
}

/* ---- what every message says --------------------------------------------- */

/* Placeholders in a case's arguments, replaced before the run: LONG is a
 * 100 kB paste, LONGNUMS 10001 numbers, LONGNAME a file name too long for
 * any file system. */
static char *
expand_argument (const char *arg)
{
  g_autoptr(GString) out = g_string_new (arg);

  if (strstr (arg, "LONGNUMS") != NULL)
    {
      g_autoptr(GString) nums = g_string_new (NULL);
      for (guint i = 0; i < 10001; i++)
        g_string_append (nums, "1, ");
      g_string_replace (out, "LONGNUMS", nums->str, 0);
    }
  else if (strstr (arg, "LONGNAME") != NULL)
    {
      g_autofree char *name = g_strnfill (300, 'n');
      g_string_replace (out, "LONGNAME", name, 0);
    }
  else if (strstr (arg, "LONG") != NULL)
    {
      g_autofree char *paste = g_strnfill (100000, 'x');
      g_string_replace (out, "LONG", paste, 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether @field is on the command line: an option given, or a key set. */
static gboolean
field_given (const char *const *args,
             const char        *field)
{
  g_autofree char *key = g_strconcat (field, "=", NULL);

  for (guint i = 0; args[i] != NULL; i++)
    {
      if (field[0] == '-' && g_strcmp0 (args[i], field) == 0)
        return TRUE;
      if (field[0] != '-' && i > 0 && g_strcmp0 (args[i - 1], "--set") == 0 &&
          g_str_has_prefix (args[i], key))
        return TRUE;
    }
  return FALSE;
}

/* "dlmath: FIELD: …" or "dlmath: A, B: …": every field named must be on
 * the command line (never an internal one like dt, or a temporary file). */
static void
assert_fields_given (const char *const *args,
                     const char        *err,
                     const char        *field)
{
  g_autofree char *prefix = g_strdup_printf ("dlmath: %s: ", field);
  g_auto(GStrv) names = g_strsplit (field, ", ", -1);

  if (!g_str_has_prefix (err, prefix))
    g_error ("message “%s” does not begin with “%s”", err, prefix);
  for (guint i = 0; names[i] != NULL; i++)
    if (!field_given (args, names[i]))
      g_error ("message “%s” names %s, which is not on the command line", err, names[i]);
}

/* Each case: the arguments, the exit status, the field the message names
 * (NULL: none, e.g. for a word that is no option) and what it must say,
 * e.g. the accepted range. Every message is one line of valid UTF-8 of at
 * most 300 bytes, however long the input, with nothing else on stderr. */
static void
test_messages (void)
{
  const struct {
    const char *args[10];        /* NULL-terminated */
    int         status;
    const char *field;
    const char *needles[2];
  } cases[] = {
    { { "--topic", "softmax", "--size", "LONG", "--summary" }, 2, "--size", { "each 1 to 8192" } },
    { { "--topic", "softmax", "--theme", "LONG", "--summary" }, 2, "--theme", { "light, dark, projector" } },
    { { "--topic", "softmax", "--scale", "LONG", "--summary" }, 2, "--scale", { "0.25 to 8" } },
    { { "--topic", "LONG", "--summary" }, 2, "--topic", { "--list-topics" } },
    { { "--topic", "LONG" }, 2, "--topic", { "--list-topics" } },
    { { "--topic", "so\xffx", "--summary" }, 2, "--topic", { "“so\xef\xbf\xbdx” is not a topic" } },
    { { "--topic", "sampling", "--seed", "LONG", "--summary" }, 2, "--seed", { "0 to 4294967295" } },
    { { "--topic", "softmax", "--export", "x.bmp" }, 2, "--export", { ".png, .svg, .pdf, .csv" } },
    { { "--topic", "softmax", "--export", "/nonexistent-dlm-dir/x.png" }, 1, "--export",
      { "“/nonexistent-dlm-dir/x.png” could not be written" } },
    { { "--topic", "softmax", "--export", "/tmp/LONGNAME.csv" }, 1, "--export", { "…” could not be written" } },
    { { "--topic", "softmax", "--quiz", "--export", "LONG.png" }, 2, "--export", { "FILE.pdf, FILE.txt" } },
    { { "--topic", "softmax", "--set", "logits=1, 1.7e308", "--summary" }, 2, "logits",
      { "value 2, 1.7e308, is too large", "accepted: -1e300 to 1e300" } },
    { { "--topic", "argmax", "--set", "values=-1e308, 1", "--summary" }, 2, "values",
      { "is too small", "accepted: -1e300 to 1e300" } },
    { { "--topic", "softmax", "--set", "view=stability", "--set", "logits=1000, 1", "--summary" }, 0, NULL },
    { { "--topic", "argmax", "--set", "values=1e300, -1e300", "--summary" }, 0, NULL },
    { { "--topic", "sampling", "--set", "n=20000", "--summary" }, 2, "n",
      { "n: 20000 is too large with repeats=1000", "up to 10000000" } },
    { { "--topic", "sampling", "--set", "repeats=1000000", "--summary" }, 2, "repeats", { "with n=30" } },
    { { "--topic", "sampling", "--set", "draws=5000000", "--summary" }, 2, "draws",
      { "with runs=5", "draws × (runs + 1) up to 10000000" } },
    { { "--topic", "explog", "--set", "xmax=-5", "--summary" }, 2, "xmax", { "xmin=-3", "above -3, up to 50" } },
    { { "--topic", "explog", "--set", "xmin=5", "--summary" }, 2, "xmin", { "xmax=3" } },
    { { "--topic", "entropy", "--set", "target=dist", "--summary" }, 2, "target", { "not 3 and 4 values" } },
    { { "--topic", "entropy", "--set", "truth=2", "--set", "q=1, 1", "--summary" }, 2, "q", { "truth=2" } },
    { { "--topic", "transpose", "--set", "matrix=LONGNUMS", "--summary" }, 2, "matrix",
      { "up to 12 rows and 12 columns" } },
    { { "--topic", "encoding", "--set", "values=", "--summary" }, 2, "values", { "accepted: 1 to 200 labels" } },
    { { "--topic", "encoding", "--set", "values=a, b, LONG", "--set", "categories=a, b", "--summary" }, 2,
      "values", { "add it to categories" } },
    { { "--topic", "encoding", "--set", "categories=LONGNAME, a, LONGNAME", "--summary" }, 2, "categories",
      { "is listed twice" } },
    { { "--topic", "complex", "--set", "t-end=0.001", "--summary" }, 2, "t-end", { "0.01 to 200" } },
    { { "--topic", "complex", "--set", "view=lorenz", "--set", "sigma=1e6", "--set", "rho=1e6", "--summary" }, 2,
      "sigma, rho", { "runs off to infinity" } },
    { { "--topic", "seeding", "--set", "distribution=integers", "--set", "high=-5", "--summary" }, 2, "high",
      { "low=0", "low + 1 to 2147483647" } },
    { { "--topic", "datatypes", "--set", "image=/nonexistent-dlm-dir/LONGNAME.png", "--summary" }, 2, "image",
      { "nnnn…” (No such file or directory)", "PNG or JPEG" } },
    { { "--topic", "complex", "--set", "pattern=gosper-gun", "--set", "rows=5", "--summary" }, 2, "rows",
      { "pattern=gosper-gun", "11 to 100" } },
    { { "--topic", "softmax" }, 1, NULL, { "no display", "--export, --summary" } },
    { { "--topic", "softmax", "--set", "labels=a, \xff", "--summary" }, 2, "labels",
      { "“a, \xef\xbf\xbd”", "accepted: text in either" } },
    { { "--topic", "softmax", "--set", "ab\xff", "--summary" }, 2, "--set",
      { "--set: “ab\xef\xbf\xbd” is not text", "accepted: text in either" } },
    { { "--LONG" }, 2, NULL, { "is not an option", "dlmath --help" } },
    { { "--topic", "softmax", "stray", "--summary" }, 2, NULL, { "“stray” is not an option" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *shown = NULL;
      CliRun run;

      for (guint a = 0; a < G_N_ELEMENTS (cases[i].args); a++)
        g_ptr_array_add (args, cases[i].args[a] ? expand_argument (cases[i].args[a]) : NULL);
      g_ptr_array_add (args, NULL);
      shown = g_strjoinv (" ", (char **) cases[i].args);
      g_test_message ("dlmath %s", shown);

      run = run_dlmath (NULL, g_ptr_array_index (args, 0), g_ptr_array_index (args, 1),
                        g_ptr_array_index (args, 2), g_ptr_array_index (args, 3),
                        g_ptr_array_index (args, 4), g_ptr_array_index (args, 5),
                        g_ptr_array_index (args, 6), g_ptr_array_index (args, 7),
                        g_ptr_array_index (args, 8), NULL);
      if (run.status != cases[i].status)
        g_error ("dlmath %s: status %d, stderr: %.300s", shown, run.status, run.err);
      g_assert_true (g_utf8_validate (run.err, -1, NULL));
      g_assert_null (strstr (run.err, "CRITICAL"));
      g_assert_null (strstr (run.err, "WARNING"));
      if (cases[i].status == 0)
        {
          g_assert_cmpstr (run.err, ==, "");
          cli_run_clear (&run);
          continue;
        }
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (strlen (run.err), <=, 300);
      g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
      if (cases[i].field != NULL)
        assert_fields_given ((const char *const *) args->pdata, run.err, cases[i].field);
      for (guint n = 0; n < G_N_ELEMENTS (cases[i].needles) && cases[i].needles[n] != NULL; n++)
        if (strstr (run.err, cases[i].needles[n]) == NULL)
          g_error ("dlmath %s: message “%s” lacks “%s”", shown, run.err, cases[i].needles[n]);
      cli_run_clear (&run);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("DLMATH"));
  g_test_add_func ("/cli/list-topics", test_list_topics);
  g_test_add_func ("/cli/list-params", test_list_params);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/unwritable", test_unwritable);
  g_test_add_func ("/cli/png-size", test_png_size);
  g_test_add_func ("/cli/svg-readback", test_svg_readback);
  g_test_add_func ("/cli/pdf", test_pdf);
  g_test_add_func ("/cli/csv", test_csv);
  g_test_add_func ("/cli/csv-comma-locale", test_csv_comma_locale);
  g_test_add_func ("/cli/summary", test_summary);
  g_test_add_func ("/cli/seeding-matches-python", test_seeding_matches_python);
  g_test_add_func ("/cli/seed-message", test_seed_message);
  g_test_add_func ("/cli/quiz-text", test_quiz_text);
  g_test_add_func ("/cli/quiz-pdf", test_quiz_pdf);
  g_test_add_func ("/cli/quiz-errors", test_quiz_errors);
  g_test_add_func ("/cli/export-killed", test_export_killed);
  g_test_add_func ("/cli/export-symlink", test_export_symlink);
  g_test_add_func ("/cli/export-not-regular", test_export_not_regular);
  g_test_add_func ("/cli/export-file-names", test_export_file_names);
  g_test_add_func ("/cli/set-value-bytes", test_set_value_bytes);
  g_test_add_func ("/cli/stdout-full", test_stdout_full);
  g_test_add_func ("/cli/lorenz-blow-up", test_lorenz_blow_up);
  g_test_add_func ("/cli/lorenz-step-limit", test_lorenz_step_limit);
  g_test_add_func ("/cli/tiny-sigma", test_tiny_sigma);
  g_test_add_func ("/cli/messages", test_messages);

  return g_test_run ();
}
