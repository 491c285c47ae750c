# Warning and sanitizer flags shared by every target of the project.
# Call mlhint_target_options(<target>) on each library, executable and test.
# (-Wnull-dereference is left out: GCC 12 reports it inside libstdc++ for
# plain vector::insert calls, which would make -Werror builds fail on
# correct code.)

set(MLHINT_WARNING_FLAGS
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Wunused -Woverloaded-virtual -Wimplicit-fallthrough
  -Wformat=2)

# GCC 12 with optimisation reports -Wrestrict inside libstdc++ for
# `"text" + str` and -Wfree-nonheap-object for vectors built from a range:
# known false positives of that release on correct code, which -Werror
# would turn into a failed build (Debian 12's compiler is GCC 12).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
   AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND MLHINT_WARNING_FLAGS -Wno-restrict -Wno-free-nonheap-object)
endif()

if(MLHINT_SANITIZE)
  set(MLHINT_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
      -fno-sanitize-recover=undefined)
  # The fuzz build: libFuzzer's coverage instrumentation in every library,
  # so that the fuzzer sees the paths an input takes through all of them
  # (the fuzz targets themselves link with -fsanitize=fuzzer).
  if(MLHINT_FUZZ)
    list(APPEND MLHINT_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
  endif()
endif()

function(mlhint_target_options target)
  target_compile_options(${target} PRIVATE ${MLHINT_WARNING_FLAGS})
  if(MLHINT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(MLHINT_SANITIZE)
    target_compile_options(${target} PRIVATE ${MLHINT_SANITIZER_FLAGS})
    target_link_options(${target} PRIVATE ${MLHINT_SANITIZER_FLAGS})
  endif()
endfunction()

# Generated sources (re2c, bison) are compiled without the pedantic set: they
# are not ours to fix, and the sanitizers still apply.
function(mlhint_generated_options target)
  if(MLHINT_SANITIZE)
    target_compile_options(${target} PRIVATE ${MLHINT_SANITIZER_FLAGS})
    target_link_options(${target} PRIVATE ${MLHINT_SANITIZER_FLAGS})
  endif()
endfunction()
