@echo off
rem 双百考核启动脚本（Windows）：首次运行或源码更新后请先运行 mvn -DskipTests package。
rem `shuangbai bench ...` runs the benchmark (target\shuangbai-bench.jar), which is not part of the product.
chcp 65001 >nul
setlocal
set HERE=%~dp0
if not exist "%HERE%target\shuangbai.jar" goto build
if not exist "%HERE%target\shuangbai-bench.jar" goto build
goto run
:build
echo 正在构建 shuangbai ……
pushd "%HERE%" && call mvn -q -B -DskipTests package && popd
:run
set JAR=%HERE%target\shuangbai.jar
if /i "%~1"=="bench" set JAR=%HERE%target\shuangbai-bench.jar
java @"%HERE%jvm.options" -jar "%JAR%" %*
