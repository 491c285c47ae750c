# Runs clang-format over the project's own C++ files (cmake -P script).
#   -DSOURCE_DIR=<the project>  -DCLANG_FORMAT=<clang-format-14>
#   -DMODE=check  (default) --dry-run --Werror: fails on the first file that
#                 does not match .clang-format, naming the lines
#   -DMODE=fix    rewrites the files in place
# Generated files (bison's and re2c's outputs, the embedded texts) live in
# the build tree and are not looked at; neither are build trees inside the
# source tree nor node_modules.
if(NOT MODE)
  set(MODE check)
endif()
set(folders bench cli diagnostics driver fuzz hints lexer lsp parser support testsuite typing)
set(files)
foreach(folder IN LISTS folders)
  file(GLOB_RECURSE found LIST_DIRECTORIES false
       "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.hpp")
  list(APPEND files ${found})
endforeach()
list(FILTER files EXCLUDE REGEX "/node_modules/|/build[^/]*/")
list(SORT files)
list(LENGTH files count)
if(MODE STREQUAL "fix")
  execute_process(COMMAND ${CLANG_FORMAT} -i ${files} RESULT_VARIABLE status)
else()
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files} RESULT_VARIABLE status)
endif()
if(NOT status EQUAL 0)
  message(FATAL_ERROR "clang-format (${MODE}): ${count} files, some do not match .clang-format")
endif()
message(STATUS "clang-format (${MODE}): ${count} files")
