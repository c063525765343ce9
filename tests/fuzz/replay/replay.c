/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <glib.h>
#include <stdio.h>

/* Runs a fuzz target's entry point over the files of its committed corpus,
 * without libFuzzer: what once passed must still pass in every build (the
 * fuzz-replay suite), the plain one too. Arguments: corpus folders. */

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);
/* only the targets that need it define it */
int LLVMFuzzerInitialize   (int *argc, char ***argv) __attribute__ ((weak));

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The folder's files in name order, so a failure names the same file every run. */
static GPtrArray *
list_files (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, compare_names);
  return paths;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GPtrArray) paths = list_files (argv[i]);

      for (guint k = 0; k < paths->len; k++)
        {
          const char *path = g_ptr_array_index (paths, k);
          g_autofree char *contents = NULL;
          gsize size = 0;
          g_autoptr(GError) error = NULL;

          g_file_get_contents (path, &contents, &size, &error);
          g_assert_no_error (error);
          /* printed first, so a crash shows which input it was */
          fprintf (stderr, "%s\n", path);
          LLVMFuzzerTestOneInput ((const guint8 *) contents, size);
          count++;
        }
    }
  g_assert_cmpuint (count, >, 0);
  printf ("%u inputs replayed\n", count);
  return 0;
}
